using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Identity;
using ThiDuaKhenThuong.Domain.Organisation;
using ThiDuaKhenThuong.Domain.Organisation.Scoring;
using ThiDuaKhenThuong.Infrastructure.Identity;
using ThiDuaKhenThuong.Infrastructure.Persistence;

namespace ThiDuaKhenThuong.Web.Features.Clusters;

/// <summary>The signed-in account as the cluster pages see it: its unit and whether it acts for the unit or the Standing Agency.</summary>
public sealed record ClusterViewer(Guid UserId, Guid? UnitId, bool IsUnitUser, bool IsUnitLeader, bool IsAgency)
{
    public static ClusterViewer From(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var unit = Guid.TryParse(user.FindFirstValue(PortalClaimsFactory.UnitIdClaim), out var u) ? u : (Guid?)null;
        var id = Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var i) ? i : Guid.Empty;
        return new ClusterViewer(
            id, unit,
            user.IsInRole(Roles.UnitStaff) || user.IsInRole(Roles.UnitLeader),
            user.IsInRole(Roles.UnitLeader),
            user.IsInRole(Roles.StandingOfficer) || user.IsInRole(Roles.StandingHead));
    }
}

/// <summary>
/// One cluster's year as seen by one account. Visible to the Standing Agency (all clusters, read-only) and to the staff
/// and leaders of units that are members at some time of the year; the leader unit at year end runs the year (manager).
/// Anyone else gets "not found", like a resource of another province.
/// </summary>
public sealed class ClusterContext
{
    public required EmulationGroup Group { get; init; }

    public required GroupYear Year { get; init; }

    public required bool YearIsNew { get; init; }

    /// <summary>Members at the end of the year: those who self-assess, are scored, vote and can be proposed.</summary>
    public required IReadOnlyList<Guid> Members { get; init; }

    public required Guid? LeaderUnitId { get; init; }

    public required Guid? DeputyUnitId { get; init; }

    public required IReadOnlyDictionary<Guid, string> UnitNames { get; init; }

    public required ClusterViewer Viewer { get; init; }

    public bool IsManager => Viewer.IsUnitUser && Viewer.UnitId is { } unit && unit == LeaderUnitId;

    public bool IsAgency => Viewer.IsAgency;

    /// <summary>The viewer's unit is a member at year end (self-assesses, votes).</summary>
    public bool IsMember => Viewer.IsUnitUser && Viewer.UnitId is { } unit && Members.Contains(unit);

    public Guid? ViewerUnitId => Viewer.IsUnitUser ? Viewer.UnitId : null;

    public string Name(Guid unitId) => UnitNames.TryGetValue(unitId, out var name) ? name : "(đơn vị không xác định)";

    public IReadOnlyCollection<Guid> ExpectedScorers(Guid member) => GroupScoring.ExpectedScorers(Year.Mode, member, Members, LeaderUnitId, DeputyUnitId);

    /// <summary>Members the viewer's unit cross-scores (never itself).</summary>
    public IReadOnlyList<Guid> MembersToScore => ViewerUnitId is { } unit ? Members.Where(m => ExpectedScorers(m).Contains(unit)).ToList() : [];

    public string RoleOf(Guid unitId) => unitId == LeaderUnitId ? Group.RoleLabel(GroupRole.Leader)
        : unitId == DeputyUnitId ? Group.RoleLabel(GroupRole.Deputy) : "thành viên";
}

public static class ClusterContexts
{
    public sealed class Handler(AppDbContext db)
    {
        /// <summary>The cluster's year if the viewer may see it; null otherwise (answered as 404).</summary>
        public async Task<ClusterContext?> LoadAsync(ClusterViewer viewer, Guid groupId, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(viewer);
            var group = await db.EmulationGroups.AsNoTracking().Include(g => g.Members).Include(g => g.Leaders).AsSplitQuery()
                .FirstOrDefaultAsync(g => g.Id == groupId, cancellationToken);
            if (group is null || !(viewer.IsAgency || (viewer.IsUnitUser && viewer.UnitId is { } unit && group.Members.Any(m => m.UnitId == unit))))
            {
                return null;
            }

            var year = await db.GroupYears.FirstOrDefaultAsync(y => y.GroupId == groupId, cancellationToken);
            var members = group.Members.Where(m => m.ValidTo is null).Select(m => m.UnitId).Distinct().ToList();
            var unitIds = group.Members.Select(m => m.UnitId).Distinct().ToList();
            var names = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
            var vi = StringComparer.Create(new System.Globalization.CultureInfo("vi-VN"), false);
            return new ClusterContext
            {
                Group = group,
                Year = year ?? new GroupYear(group.TenantId, group.Id),
                YearIsNew = year is null,
                Members = members.OrderBy(m => names.GetValueOrDefault(m, string.Empty), vi).ToList(),
                LeaderUnitId = group.Leaders.FirstOrDefault(l => l.Role == GroupRole.Leader && l.ValidTo is null)?.UnitId,
                DeputyUnitId = group.Leaders.FirstOrDefault(l => l.Role == GroupRole.Deputy && l.ValidTo is null)?.UnitId,
                UnitNames = names,
                Viewer = viewer,
            };
        }

        /// <summary>Makes sure the year's record is tracked for a change, adding it on first use.</summary>
        public void Track(ClusterContext context)
        {
            ArgumentNullException.ThrowIfNull(context);
            if (context.YearIsNew && db.Entry(context.Year).State == EntityState.Detached)
            {
                db.GroupYears.Add(context.Year);
            }
        }

        /// <summary>The cross-scores of the year, consolidated (docs/clusters.md).</summary>
        public async Task<GroupScoring.Result> ConsolidateAsync(ClusterContext context, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(context);
            var criteria = await db.ScoringCriteria.AsNoTracking().Where(c => c.GroupId == context.Group.Id)
                .Select(c => new GroupScoring.Criterion(c.Id, c.Kind, c.MaxPoints)).ToListAsync(cancellationToken);
            var scores = await db.GroupScores.AsNoTracking().Where(s => s.GroupId == context.Group.Id && s.ScorerUnitId != s.ScoredUnitId)
                .Select(s => new GroupScoring.CrossScore(s.ScoredUnitId, s.ScorerUnitId, s.CriterionId, s.Points)).ToListAsync(cancellationToken);
            if (criteria.Count == 0)
            {
                return new GroupScoring.Result([], [], 0);
            }

            return GroupScoring.Consolidate(criteria, context.Members, context.ExpectedScorers, scores);
        }
    }
}
