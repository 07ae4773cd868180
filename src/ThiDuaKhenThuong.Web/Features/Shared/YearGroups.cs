using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Organisation;
using ThiDuaKhenThuong.Infrastructure.Persistence;

namespace ThiDuaKhenThuong.Web.Features.Shared;

/// <summary>The clusters and blocks (cụm, khối thi đua) of a year with the units that were members at some time in it.</summary>
public static class YearGroups
{
    public sealed record Group(Guid Id, string Code, string Name, EmulationGroupKind Kind, IReadOnlySet<Guid> UnitIds);

    public static async Task<IReadOnlyList<Group>> LoadAsync(AppDbContext db, int year, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var start = new DateOnly(year, 1, 1);
        var end = new DateOnly(year, 12, 31);
        var groups = await db.EmulationGroups.AsNoTracking().Where(g => g.Year == year)
            .OrderBy(g => g.Kind).ThenBy(g => g.Code).Select(g => new { g.Id, g.Code, g.Name, g.Kind }).ToListAsync(cancellationToken);
        var ids = groups.Select(g => g.Id).ToList();
        var members = await db.EmulationGroupMembers.AsNoTracking()
            .Where(m => ids.Contains(m.GroupId) && m.ValidFrom <= end && (m.ValidTo == null || m.ValidTo > start))
            .Select(m => new { m.GroupId, m.UnitId }).ToListAsync(cancellationToken);
        return [.. groups.Select(g => new Group(g.Id, g.Code, g.Name, g.Kind, members.Where(m => m.GroupId == g.Id).Select(m => m.UnitId).ToHashSet()))];
    }
}
