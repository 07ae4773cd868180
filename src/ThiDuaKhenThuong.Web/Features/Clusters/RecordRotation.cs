using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Organisation;
using ThiDuaKhenThuong.Infrastructure.Persistence;

namespace ThiDuaKhenThuong.Web.Features.Clusters;

/// <summary>
/// Rotation: the leader and deputy the cluster chose for next year. Next year's cluster (same code) is created by copying
/// this one when it does not exist yet; its leader and deputy duties are then replaced from 1 January for the whole year.
/// </summary>
public static class RecordRotation
{
    public sealed class Command
    {
        public Guid? NextLeader { get; set; }

        public Guid? NextDeputy { get; set; }
    }

    public sealed record NextYear(Guid? GroupId, Guid? Leader, Guid? Deputy);

    public sealed class Handler(AppDbContext db)
    {
        public async Task<NextYear> ReadAsync(ClusterContext context, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(context);
            var next = await db.EmulationGroups.AsNoTracking().Include(g => g.Leaders)
                .FirstOrDefaultAsync(g => g.Code == context.Group.Code && g.Year == context.Group.Year + 1, cancellationToken);
            return next is null
                ? new NextYear(null, null, null)
                : new NextYear(next.Id,
                    next.Leaders.FirstOrDefault(l => l.Role == GroupRole.Leader && l.ValidFrom == next.FirstDay)?.UnitId,
                    next.Leaders.FirstOrDefault(l => l.Role == GroupRole.Deputy && l.ValidFrom == next.FirstDay)?.UnitId);
        }

        public async Task<string?> HandleAsync(ClusterContext context, Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(context);
            ArgumentNullException.ThrowIfNull(command);
            if (!context.IsManager)
            {
                return "Chỉ đơn vị trưởng cụm, khối ghi nhận luân phiên trưởng, phó năm sau.";
            }

            if (command.NextLeader is not { } leader || command.NextDeputy is not { } deputy)
            {
                return "Vui lòng chọn đơn vị trưởng và đơn vị phó năm sau.";
            }

            if (leader == deputy)
            {
                return "Đơn vị trưởng và đơn vị phó năm sau phải là hai đơn vị khác nhau.";
            }

            if (!context.Members.Contains(leader) || !context.Members.Contains(deputy))
            {
                return "Đơn vị trưởng, phó năm sau phải là thành viên của cụm, khối.";
            }

            var nextYear = context.Group.Year + 1;
            var next = await db.EmulationGroups.Include(g => g.Members).Include(g => g.Leaders).AsSplitQuery()
                .FirstOrDefaultAsync(g => g.Code == context.Group.Code && g.Year == nextYear, cancellationToken);
            try
            {
                if (next is null)
                {
                    var firstDay = new DateOnly(nextYear, 1, 1);
                    var open = await db.Units.Where(u => u.ValidTo == null || u.ValidTo > firstDay).Select(u => u.Id).ToListAsync(cancellationToken);
                    var source = await db.EmulationGroups.AsNoTracking().Include(g => g.Members).Include(g => g.Leaders).AsSplitQuery()
                        .SingleAsync(g => g.Id == context.Group.Id, cancellationToken);
                    next = source.CopyToNextYear(Guid.CreateVersion7(), open.Contains);
                    db.EmulationGroups.Add(next);
                }

                foreach (var unit in new[] { leader, deputy }.Where(u => !next.IsMemberOn(u, next.FirstDay)))
                {
                    next.AddMember(unit, next.FirstDay);
                }

                foreach (var duty in next.Leaders.ToList())
                {
                    next.EndLeadership(duty.Id, duty.ValidFrom);
                }

                next.AssignLeader(GroupRole.Leader, leader, next.FirstDay, null);
                next.AssignLeader(GroupRole.Deputy, deputy, next.FirstDay, null);
                await db.SaveChangesAsync(cancellationToken);
                return null;
            }
            catch (OrganisationRuleException rule)
            {
                return rule.Message;
            }
            catch (DbUpdateException)
            {
                return "Cụm, khối năm sau vừa được người khác cập nhật; vui lòng tải lại trang.";
            }
        }
    }
}
