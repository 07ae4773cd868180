using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Organisation;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Web.Features.Organisation;

namespace ThiDuaKhenThuong.Web.Features.EmulationGroups;

/// <summary>
/// Membership and leader/deputy changes of one group. Each returns null when the group is not the province's, no
/// errors when saved, or the Vietnamese reasons nothing was saved.
/// </summary>
public static class ChangeGroup
{
    public sealed class Handler(AppDbContext db)
    {
        public Task<IReadOnlyList<string>?> AddMemberAsync(GroupForms.AddMember form, CancellationToken cancellationToken)
            => ChangeAsync(form.Id, async group =>
            {
                var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == form.UnitId, cancellationToken)
                    ?? throw new OrganisationRuleException("Không tìm thấy đơn vị.");
                var from = form.From!.Value;
                if (!unit.IsActiveOn(from))
                {
                    throw new OrganisationRuleException($"Đơn vị \"{unit.Name}\" không hoạt động vào ngày {from:dd/MM/yyyy}.");
                }

                group.AddMember(unit.Id, from);
                if (unit.ValidTo is { } closedOn && closedOn < group.EndOfYear)
                {
                    // A unit already known to end within the year cannot stay a member after it.
                    group.WithdrawUnit(unit.Id, closedOn);
                }
            }, cancellationToken);

        public Task<IReadOnlyList<string>?> CloseMemberAsync(GroupForms.CloseMember form, CancellationToken cancellationToken)
            => ChangeAsync(form.Id, group =>
            {
                group.CloseMembership(form.UnitId, form.On!.Value);
                return Task.CompletedTask;
            }, cancellationToken);

        public Task<IReadOnlyList<string>?> AssignDutyAsync(GroupForms.AssignDuty form, CancellationToken cancellationToken)
            => ChangeAsync(form.Id, group =>
            {
                group.AssignLeader(form.Role!.Value, form.UnitId!.Value, form.From!.Value, form.Until);
                return Task.CompletedTask;
            }, cancellationToken);

        public Task<IReadOnlyList<string>?> EndDutyAsync(GroupForms.EndDuty form, CancellationToken cancellationToken)
            => ChangeAsync(form.Id, group =>
            {
                group.EndLeadership(form.DutyId, form.On!.Value);
                return Task.CompletedTask;
            }, cancellationToken);

        private async Task<IReadOnlyList<string>?> ChangeAsync(Guid groupId, Func<EmulationGroup, Task> change, CancellationToken cancellationToken)
        {
            var group = await db.EmulationGroups.Include(g => g.Members).Include(g => g.Leaders).AsSplitQuery()
                .FirstOrDefaultAsync(g => g.Id == groupId, cancellationToken);
            if (group is null)
            {
                return null;
            }

            try
            {
                await change(group);
            }
            catch (OrganisationRuleException ex)
            {
                return [ex.Message];
            }

            return await db.TrySaveAsync(cancellationToken);
        }
    }
}
