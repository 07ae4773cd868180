using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Infrastructure.Auditing;
using ThiDuaKhenThuong.Infrastructure.Identity;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Infrastructure.Tenancy;

namespace ThiDuaKhenThuong.Web.Features.Users;

/// <summary>
/// Many accounts from one workbook, all or nothing: every row is checked first, and only when no row is refused are
/// they all created, in one transaction. The report lists each row with its outcome.
/// </summary>
public static partial class ImportUsers
{
    public sealed record RowReport(int Number, string UserName, string FullName, IReadOnlyList<string> Errors, string? GeneratedPassword);

    public sealed record Report(string? FileError, IReadOnlyList<RowReport> Rows, bool Imported)
    {
        public int Accepted => Rows.Count(r => r.Errors.Count == 0);

        public int Refused => Rows.Count(r => r.Errors.Count > 0);
    }

    private sealed record Candidate(AppUser User, List<string> Roles, string Password, bool Generated);

    public sealed partial class Handler(AppDbContext db, UserManager<AppUser> users, ITenantContext tenant, ICurrentActor actor, TimeProvider clock)
    {
        public async Task<Report> HandleAsync(UserWorkbook.ReadResult workbook, CancellationToken cancellationToken)
        {
            if (workbook.Error is not null)
            {
                return new Report(workbook.Error, [], false);
            }

            var tenantId = tenant.TenantId ?? throw new InvalidOperationException("Không xác định được tỉnh của quản trị viên.");
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            var units = (await db.Units.AsNoTracking().Where(u => u.ValidTo == null || u.ValidTo > today).Select(u => new { u.Code, u.Id }).ToListAsync(cancellationToken))
                .GroupBy(u => u.Code, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().Id, StringComparer.OrdinalIgnoreCase);
            var lookups = new Lookups(tenantId, units, new HashSet<string>(StringComparer.OrdinalIgnoreCase));
            var roleIds = await db.Roles.ToDictionaryAsync(r => r.Name!, r => r.Id, cancellationToken);
            var reports = new List<RowReport>();
            var candidates = new List<Candidate>();
            foreach (var row in workbook.Rows)
            {
                reports.Add(await CheckAsync(row, lookups, candidates, cancellationToken));
            }

            if (candidates.Count != workbook.Rows.Count)
            {
                return new Report(null, reports.Select(r => r with { GeneratedPassword = null }).ToList(), false);
            }

            // The deliberately slow hash (210,000 iterations) is spread over the cores.
            Parallel.ForEach(candidates, c => c.User.PasswordHash = users.PasswordHasher.HashPassword(c.User, c.Password));
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            foreach (var candidate in candidates)
            {
                db.Users.Add(candidate.User);
                db.UserRoles.AddRange(candidate.Roles.Select(r => new IdentityUserRole<Guid> { UserId = candidate.User.Id, RoleId = roleIds[r] }));
                UserChangeLog.Record(db, actor, clock, candidate.User, ChangeAction.Created, new Dictionary<string, string?[]>
                {
                    ["Tên đăng nhập"] = [null, candidate.User.UserName],
                    ["Họ và tên"] = [null, candidate.User.FullName],
                    ["Vai trò"] = [null, UserChangeLog.RoleList(candidate.Roles)],
                    ["Nguồn"] = [null, "Nhập từ tệp Excel"],
                });
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another admin took one of the names between the check and the save: nothing is kept.
                return new Report("Không nhập được: có tên đăng nhập vừa được người khác tạo. Vui lòng thử lại.", [], false);
            }

            return new Report(null, reports, true);
        }
    }
}
