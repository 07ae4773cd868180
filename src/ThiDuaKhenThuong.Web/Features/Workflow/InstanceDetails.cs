using ThiDuaKhenThuong.Domain.Identity;
using ThiDuaKhenThuong.Domain.Workflow;
using ThiDuaKhenThuong.Infrastructure.Workflow;

namespace ThiDuaKhenThuong.Web.Features.Workflow;

public static class InstanceDetails
{
    public sealed record Model(
        WorkflowInstanceView View,
        IReadOnlyList<PermittedAction> Actions,
        DeadlineStatus Deadline,
        string FormToken,
        string? Error = null,
        string? Comment = null);

    public sealed class Handler(WorkflowService workflow, WorkingCalendars calendars, IEnumerable<IGuardFactsSource> facts, TimeProvider clock)
    {
        /// <summary>
        /// The instance if the actor may see it: the Standing Agency, leaders, council and administrators see the
        /// province's; a unit's people only their unit's. Otherwise null, the same as another province's id.
        /// </summary>
        public async Task<Model?> HandleAsync(Guid id, WorkflowActor actor, CancellationToken cancellationToken)
        {
            var view = await workflow.GetAsync(id, cancellationToken);
            if (view is null || !MaySee(actor, view.Instance))
            {
                return null;
            }

            var guardFacts = await facts.LoadAsync(view.Instance, cancellationToken);
            var actions = await workflow.PermittedActionsAsync(id, actor, guardFacts, cancellationToken) ?? [];
            var calendar = await calendars.LoadAsync(cancellationToken);
            var status = WorkflowDeadlines.StatusOf(view.Instance, calendar.LocalDate(clock.GetUtcNow()), calendar);
            return new Model(view, actions, status, Infrastructure.Workflow.FormToken.NewToken());
        }

        private static bool MaySee(WorkflowActor actor, WorkflowInstance instance)
            => actor.Roles.Any(r => r is not (Roles.UnitStaff or Roles.UnitLeader)) || actor.UnitId == instance.OwnerUnitId;
    }
}
