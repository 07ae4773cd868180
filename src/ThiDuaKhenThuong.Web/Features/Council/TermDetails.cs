using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Council;
using ThiDuaKhenThuong.Domain.Identity;
using ThiDuaKhenThuong.Infrastructure.Persistence;

namespace ThiDuaKhenThuong.Web.Features.Council;

/// <summary>The list of terms, and one term with its members in council order (chair first).</summary>
public static class TermDetails
{
    public sealed record TermRow(Guid Id, string Name, DateOnly StartsOn, DateOnly EndsOn, string? DecisionNumber, int MemberCount, bool IsCurrent);

    public sealed record MemberRow(Guid Id, string FullName, string Position, CouncilRole Role, string? UnitName, string? UserName, bool AccountLacksRole, DateOnly StartsOn, DateOnly? EndsOn);

    public sealed record Model(CouncilTerm Term, IReadOnlyList<MemberRow> Members, bool HasCurrentChair);

    public sealed class Handler(AppDbContext db, TimeProvider clock)
    {
        public async Task<IReadOnlyList<TermRow>> ListAsync(CancellationToken cancellationToken)
        {
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            return await db.CouncilTerms.AsNoTracking().OrderByDescending(t => t.StartsOn)
                .Select(t => new TermRow(t.Id, t.Name, t.StartsOn, t.EndsOn, t.DecisionNumber, db.CouncilMembers.Count(m => m.TermId == t.Id), t.StartsOn <= today && today <= t.EndsOn))
                .ToListAsync(cancellationToken);
        }

        public async Task<Model?> HandleAsync(Guid id, CancellationToken cancellationToken)
        {
            var term = await db.CouncilTerms.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
            if (term is null)
            {
                return null;
            }

            var members = await db.CouncilMembers.AsNoTracking().Where(m => m.TermId == id).ToListAsync(cancellationToken);
            var unitIds = members.Where(m => m.UnitId != null).Select(m => m.UnitId!.Value).ToList();
            var units = await db.Units.Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
            var userIds = members.Where(m => m.UserId != null).Select(m => m.UserId!.Value).ToList();
            var users = await db.Users.Where(u => userIds.Contains(u.Id)).Select(u => new
            {
                u.Id,
                u.UserName,
                IsCouncilMember = db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.CouncilMember)),
            }).ToDictionaryAsync(u => u.Id, cancellationToken);
            var rows = members.OrderBy(m => m.Role).ThenBy(m => m.StartsOn).ThenBy(m => m.FullName, StringComparer.Create(new System.Globalization.CultureInfo("vi-VN"), false))
                .Select(m => new MemberRow(m.Id, m.FullName, m.Position, m.Role,
                    m.UnitId is { } u ? units.GetValueOrDefault(u) : null,
                    m.UserId is { } a && users.TryGetValue(a, out var user) ? user.UserName : null,
                    m.UserId is { } b && users.TryGetValue(b, out var holder) && !holder.IsCouncilMember,
                    m.StartsOn, m.EndsOn))
                .ToList();
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            var date = term.Contains(today) ? today : term.StartsOn;
            return new Model(term, rows, members.Any(m => m.Role == CouncilRole.ChairMan && m.IsActiveOn(date)));
        }
    }
}
