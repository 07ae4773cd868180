using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Workflow;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Infrastructure.Workflow;
using ThiDuaKhenThuong.Web.Features.Dossiers;

namespace ThiDuaKhenThuong.Web.Features.Plans;

/// <summary>
/// Moves a plan along its route: the leader sends (or resends) it, the Standing Agency accepts or returns it. The plan's
/// own consequences — frozen when sent, with its sending time; editable again when returned — are saved in the
/// transition's single transaction (history row and notifications included).
/// </summary>
public static class ActOnPlan
{
    public sealed class Command
    {
        public string? Action { get; set; }

        public string? Comment { get; set; }

        public string? FormToken { get; set; }

        public uint Version { get; set; }
    }

    public sealed class Handler(AppDbContext db, WorkflowService workflow, TimeProvider clock)
    {
        /// <summary>Null when the plan is not visible to the user; otherwise the outcome.</summary>
        public async Task<WorkflowOutcome?> HandleAsync(DossierViewer viewer, WorkflowActor actor, Guid planId, Command command, string? clientIp, CancellationToken cancellationToken)
        {
            var plan = await db.UnitPlans.FirstOrDefaultAsync(p => p.Id == planId, cancellationToken);
            if (plan is null || !UnitPlanPage.CanView(viewer, plan) || plan.WorkflowInstanceId is not { } instanceId)
            {
                return null;
            }

            if (string.IsNullOrWhiteSpace(command.Action) || string.IsNullOrWhiteSpace(command.FormToken) || (command.Comment?.Length ?? 0) > 4000)
            {
                return WorkflowOutcome.Refused(string.IsNullOrWhiteSpace(command.Action) ? "Vui lòng chọn thao tác." : (command.Comment?.Length ?? 0) > 4000 ? "Ý kiến không quá 4.000 ký tự." : WorkflowService.TokenMissingRefusal);
            }

            var view = await workflow.GetAsync(instanceId, cancellationToken);
            if (view is null)
            {
                return null;
            }

            var transition = view.Definition.FindTransition(view.Instance.State, command.Action);
            if (transition is not null)
            {
                if (transition.To == WorkflowStates.Submitted)
                {
                    if (plan.ProblemsBeforeSending() is { Count: > 0 } problems)
                    {
                        return WorkflowOutcome.Refused(string.Join(" ", problems));
                    }

                    plan.MarkSent(clock.GetUtcNow());
                }
                else if (transition.To == WorkflowStates.Returned)
                {
                    plan.Unlock();
                }
                else
                {
                    plan.Lock();
                }
            }

            return await workflow.ApplyAsync(
                instanceId, command.Action, actor, command.Comment, new TransitionData { ClientIp = clientIp }, GuardFacts.None,
                command.FormToken, command.Version, cancellationToken);
        }
    }
}
