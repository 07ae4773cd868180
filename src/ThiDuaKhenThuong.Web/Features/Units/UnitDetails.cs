using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Organisation;
using ThiDuaKhenThuong.Infrastructure.Persistence;

namespace ThiDuaKhenThuong.Web.Features.Units;

public static class UnitDetails
{
    public sealed record Member(Guid Id, string Code, string Name);

    public sealed record GroupMembership(int Year, string GroupName, EmulationGroupKind Kind);

    public sealed record Model(
        Unit Unit,
        Member? Parent,
        IReadOnlyList<Member> Children,
        IReadOnlyList<GroupMembership> Groups,
        int AccountCount);

    public sealed class Handler(AppDbContext db)
    {
        /// <summary>The unit of the current province, or null: another province's id is indistinguishable from a missing one.</summary>
        public async Task<Model?> HandleAsync(Guid id, CancellationToken cancellationToken)
        {
            var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
            if (unit is null)
            {
                return null;
            }

            var parent = await db.Units.Where(u => u.Id == unit.ParentId).Select(u => new Member(u.Id, u.Code, u.Name)).FirstOrDefaultAsync(cancellationToken);
            var children = await db.Units.Where(u => u.ParentId == unit.Id).OrderBy(u => u.Name)
                .Select(u => new Member(u.Id, u.Code, u.Name)).ToListAsync(cancellationToken);
            var groups = await (
                    from m in db.EmulationGroupMembers
                    where m.UnitId == unit.Id
                    join g in db.EmulationGroups on m.GroupId equals g.Id
                    orderby g.Year descending
                    select new GroupMembership(g.Year, g.Name, g.Kind))
                .ToListAsync(cancellationToken);
            var accounts = await db.Users.CountAsync(u => u.UnitId == unit.Id, cancellationToken);
            return new Model(unit, parent, children, groups, accounts);
        }
    }
}
