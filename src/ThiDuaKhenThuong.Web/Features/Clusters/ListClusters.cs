using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Organisation;
using ThiDuaKhenThuong.Infrastructure.Persistence;

namespace ThiDuaKhenThuong.Web.Features.Clusters;

/// <summary>The clusters and blocks of a year the account may see: all for the Standing Agency, its own for a unit.</summary>
public static class ListClusters
{
    public sealed record Row(Guid Id, string Code, string Name, EmulationGroupKind Kind, int Members, string? Leader, string? MyRole, bool Published, bool HasProposal);

    public sealed record Model(int Year, IReadOnlyList<int> Years, IReadOnlyList<Row> Rows);

    public sealed class Handler(AppDbContext db, TimeProvider clock)
    {
        public async Task<Model> HandleAsync(ClusterViewer viewer, int? year, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(viewer);
            var groups = db.EmulationGroups.AsNoTracking();
            if (!viewer.IsAgency)
            {
                var unit = viewer.IsUnitUser ? viewer.UnitId : null;
                groups = groups.Where(g => unit != null && g.Members.Any(m => m.UnitId == unit));
            }

            var years = await groups.Select(g => g.Year).Distinct().OrderByDescending(y => y).ToListAsync(cancellationToken);
            var chosen = year ?? (years.Contains(clock.GetLocalNow().Year) ? clock.GetLocalNow().Year : years.FirstOrDefault(clock.GetLocalNow().Year));
            var list = await groups.Where(g => g.Year == chosen).Include(g => g.Members).Include(g => g.Leaders).AsSplitQuery()
                .OrderBy(g => g.Code).ToListAsync(cancellationToken);
            var ids = list.Select(g => g.Id).ToList();
            var states = await db.GroupYears.AsNoTracking().Where(y => ids.Contains(y.GroupId)).ToDictionaryAsync(y => y.GroupId, cancellationToken);
            var leaderIds = list.SelectMany(g => g.Leaders).Select(l => l.UnitId).Distinct().ToList();
            var names = await db.Units.AsNoTracking().Where(u => leaderIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
            var rows = list.Select(g =>
            {
                var leader = g.Leaders.FirstOrDefault(l => l.Role == GroupRole.Leader && l.ValidTo is null);
                var deputy = g.Leaders.FirstOrDefault(l => l.Role == GroupRole.Deputy && l.ValidTo is null);
                string? mine = null;
                if (viewer.IsUnitUser && viewer.UnitId is { } unit)
                {
                    mine = leader?.UnitId == unit ? g.RoleLabel(GroupRole.Leader) : deputy?.UnitId == unit ? g.RoleLabel(GroupRole.Deputy) : "thành viên";
                }

                states.TryGetValue(g.Id, out var state);
                return new Row(g.Id, g.Code, g.Name, g.Kind, g.Members.Where(m => m.ValidTo is null).Select(m => m.UnitId).Distinct().Count(),
                    leader is null ? null : names.GetValueOrDefault(leader.UnitId), mine, state?.IsPublished == true, state?.ProposalDossierId is not null);
            }).ToList();
            return new Model(chosen, years, rows);
        }
    }
}
