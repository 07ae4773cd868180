using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Organisation;
using ThiDuaKhenThuong.Infrastructure.Persistence;

namespace ThiDuaKhenThuong.Web.Features.Units;

/// <summary>A unit's page: what it is, where it sits, how it came to be and what became of it.</summary>
public static class UnitDetails
{
    public sealed record Member(Guid Id, string Code, string Name, bool IsClosed = false);

    public sealed record GroupMembership(Guid GroupId, int Year, string GroupName, EmulationGroupKind Kind, DateOnly From, DateOnly? To);

    public sealed record NamePeriod(string Name, DateOnly From, DateOnly? To, string? DecisionNumber, DateOnly? DecisionDate);

    public sealed record ParentPeriod(Member? Parent, DateOnly From, DateOnly? To, string? DecisionNumber, DateOnly? DecisionDate);

    /// <summary>A lineage link seen from this unit: the other unit is a predecessor or a successor.</summary>
    public sealed record Link(LineageKind Kind, Member? Other, DateOnly Effective, string DecisionNumber, DateOnly DecisionDate, string? Note);

    public sealed record Model(
        Unit Unit,
        Member? Parent,
        IReadOnlyList<Member> Children,
        IReadOnlyList<GroupMembership> Groups,
        int AccountCount,
        IReadOnlyList<NamePeriod> Names,
        IReadOnlyList<ParentPeriod> Parents,
        IReadOnlyList<Link> Predecessors,
        IReadOnlyList<Link> Successors);

    public sealed class Handler(AppDbContext db)
    {
        private static readonly StringComparer Vietnamese = StringComparer.Create(new System.Globalization.CultureInfo("vi-VN"), ignoreCase: false);

        /// <summary>The unit of the current province, or null: another province's id is indistinguishable from a missing one.</summary>
        public async Task<Model?> HandleAsync(Guid id, CancellationToken cancellationToken)
        {
            var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
            if (unit is null)
            {
                return null;
            }

            var parent = await db.Units.Where(u => u.Id == unit.ParentId).Select(u => new Member(u.Id, u.Code, u.Name, u.ValidTo != null)).FirstOrDefaultAsync(cancellationToken);
            var children = await db.Units.Where(u => u.ParentId == unit.Id).OrderBy(u => u.Name)
                .Select(u => new Member(u.Id, u.Code, u.Name, u.ValidTo != null)).ToListAsync(cancellationToken);
            var groups = await (
                    from m in db.EmulationGroupMembers
                    where m.UnitId == unit.Id
                    join g in db.EmulationGroups on m.GroupId equals g.Id
                    orderby g.Year descending, m.ValidFrom
                    select new GroupMembership(g.Id, g.Year, g.Name, g.Kind, m.ValidFrom, m.ValidTo))
                .ToListAsync(cancellationToken);
            var accounts = await db.Users.CountAsync(u => u.UnitId == unit.Id, cancellationToken);
            var names = await db.UnitNames.Where(n => n.UnitId == unit.Id).OrderByDescending(n => n.ValidFrom)
                .Select(n => new NamePeriod(n.Name, n.ValidFrom, n.ValidTo, n.DecisionNumber, n.DecisionDate)).ToListAsync(cancellationToken);
            var parents = await db.UnitParents.Where(p => p.UnitId == unit.Id).OrderByDescending(p => p.ValidFrom)
                .Select(p => new ParentPeriod(
                    db.Units.Where(u => u.Id == p.ParentId).Select(u => new Member(u.Id, u.Code, u.Name, u.ValidTo != null)).FirstOrDefault(),
                    p.ValidFrom, p.ValidTo, p.DecisionNumber, p.DecisionDate))
                .ToListAsync(cancellationToken);
            var predecessors = await db.UnitLineages.Where(l => l.SuccessorId == unit.Id && l.PredecessorId != unit.Id)
                .OrderByDescending(l => l.EffectiveDate)
                .Select(l => new Link(l.Kind, db.Units.Where(u => u.Id == l.PredecessorId).Select(u => new Member(u.Id, u.Code, u.Name, u.ValidTo != null)).FirstOrDefault(),
                    l.EffectiveDate, l.DecisionNumber, l.DecisionDate, l.Note))
                .ToListAsync(cancellationToken);
            var successors = await db.UnitLineages.Where(l => l.PredecessorId == unit.Id && l.SuccessorId != unit.Id)
                .OrderByDescending(l => l.EffectiveDate)
                .Select(l => new Link(l.Kind, db.Units.Where(u => u.Id == l.SuccessorId).Select(u => new Member(u.Id, u.Code, u.Name, u.ValidTo != null)).FirstOrDefault(),
                    l.EffectiveDate, l.DecisionNumber, l.DecisionDate, l.Note))
                .ToListAsync(cancellationToken);
            return new Model(unit, parent, children, groups, accounts, names, parents, InOrder(predecessors), InOrder(successors));
        }

        /// <summary>Latest change first; links of the same day in Vietnamese order of the other unit's name.</summary>
        private static List<Link> InOrder(IEnumerable<Link> links)
            => links.OrderByDescending(l => l.Effective).ThenBy(l => l.Other?.Name ?? string.Empty, Vietnamese).ToList();
    }
}
