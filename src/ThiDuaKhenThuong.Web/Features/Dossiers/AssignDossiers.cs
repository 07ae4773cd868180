using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Dossiers;
using ThiDuaKhenThuong.Domain.Identity;
using ThiDuaKhenThuong.Infrastructure.Caching;
using ThiDuaKhenThuong.Infrastructure.Persistence;

namespace ThiDuaKhenThuong.Web.Features.Dossiers;

/// <summary>Gives sent dossiers to an officer (chuyên viên) of the province's Standing Agency.</summary>
public static class AssignDossiers
{
    public const int MaxDossiers = 100;

    public sealed record Result(bool Succeeded, string Message);

    /// <summary>Active accounts of the current province holding the StandingOfficer role (the tenant filter on users applies too).</summary>
    public static async Task<IReadOnlyList<(Guid Id, string Name)>> OfficersAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var tenantId = db.CurrentTenantId;
        var roleIds = db.Roles.Where(r => r.Name == Roles.StandingOfficer).Select(r => r.Id);
        var officers = await db.Users.AsNoTracking()
            .Where(u => tenantId != null && u.TenantId == tenantId && !u.IsDisabled
                        && db.UserRoles.Any(ur => ur.UserId == u.Id && roleIds.Contains(ur.RoleId)))
            .OrderBy(u => u.FullName)
            .Select(u => new { u.Id, u.FullName })
            .ToListAsync(cancellationToken);
        return officers.Select(o => (o.Id, o.FullName)).ToList();
    }

    /// <summary>
    /// The same list for the inbox's "give to an officer" choice, kept in memory for a minute; giving a dossier checks
    /// the officer against a fresh read.
    /// </summary>
    public static Task<IReadOnlyList<(Guid Id, string Name)>> OfficersAsync(AppDbContext db, ReferenceDataCache cache, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(cache);
        return cache.GetOrLoadAsync(ReferenceData.StandingOfficers, db.CurrentTenantId, () => OfficersAsync(db, cancellationToken));
    }

    public sealed class Handler(AppDbContext db)
    {
        public async Task<Result> HandleAsync(DossierViewer viewer, IReadOnlyCollection<Guid> ids, Guid? officerId, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(viewer);
            ArgumentNullException.ThrowIfNull(ids);
            if (!viewer.IsStandingAgency)
            {
                return new Result(false, "Chỉ Ban Thi đua – Khen thưởng được giao xử lý hồ sơ.");
            }

            var officers = await OfficersAsync(db, cancellationToken);
            if (officerId is not { } chosen || officers.All(o => o.Id != chosen))
            {
                return new Result(false, "Vui lòng chọn một chuyên viên của Ban Thi đua – Khen thưởng trong tỉnh.");
            }

            var wanted = ids.Distinct().ToList();
            var dossiers = await db.Dossiers.Where(d => wanted.Contains(d.Id)).ToListAsync(cancellationToken);
            var assigned = 0;
            var refused = new List<string>();
            foreach (var dossier in dossiers.Where(viewer.CanView))
            {
                try
                {
                    dossier.AssignTo(chosen);
                    assigned++;
                }
                catch (DossierRuleException rule)
                {
                    refused.Add($"“{dossier.Title}” – {rule.Message}");
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            var notFound = wanted.Count - assigned - refused.Count;
            var name = officers.First(o => o.Id == chosen).Name;
            var message = $"Đã giao {assigned} hồ sơ cho {name}.";
            if (refused.Count > 0)
            {
                message += $" {refused.Count} hồ sơ không giao được: {string.Join("; ", refused)}.";
            }

            if (notFound > 0)
            {
                message += $" {notFound} hồ sơ không tìm thấy (chưa được gửi hoặc không thuộc tỉnh).";
            }

            return new Result(assigned > 0 && refused.Count == 0 && notFound == 0, message);
        }
    }
}
