using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Campaigns;
using ThiDuaKhenThuong.Domain.Workflow;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Infrastructure.Workflow;
using ThiDuaKhenThuong.Web.Features.Dossiers;

namespace ThiDuaKhenThuong.Web.Features.Plans;

/// <summary>
/// One unit's plan page. The unit sees its own plan; the Standing Agency and leaders see it once it has been sent.
/// Anything else is "not found". Actions come from the workflow engine (the leader sends, the agency accepts or returns).
/// </summary>
public static class UnitPlanPage
{
    public static bool CanView(DossierViewer viewer, UnitPlan plan)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(plan);
        return (viewer.IsUnitUser && plan.UnitId == viewer.UnitId) || (viewer.IsProvinceUser && plan.FirstSentAt is not null);
    }

    public static bool CanEdit(DossierViewer viewer, UnitPlan plan)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(plan);
        return viewer.Roles.Contains(Domain.Identity.Roles.UnitStaff) && plan.UnitId == viewer.UnitId && plan.IsEditable;
    }

    public sealed record Model(
        PlanCollection Collection, UnitPlan Plan, string UnitName, PlanComplianceStatus Status, bool CanEdit,
        WorkflowInstanceView? Workflow, IReadOnlyList<PermittedAction> Actions, string FormToken)
    {
        public string StateLabel => Workflow is { } w ? w.Definition.LabelOf(w.Instance.State) : "—";
    }

    public sealed class Handler(AppDbContext db, WorkflowService workflow)
    {
        public async Task<Model?> HandleAsync(DossierViewer viewer, WorkflowActor? actor, Guid planId, CancellationToken cancellationToken)
        {
            var plan = await db.UnitPlans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == planId, cancellationToken);
            if (plan is null || !CanView(viewer, plan))
            {
                return null;
            }

            var collection = await db.PlanCollections.AsNoTracking().FirstAsync(c => c.Id == plan.CollectionId, cancellationToken);
            var unitName = await db.Units.Where(u => u.Id == plan.UnitId).Select(u => u.Name).FirstAsync(cancellationToken);
            var view = plan.WorkflowInstanceId is { } instanceId ? await workflow.GetAsync(instanceId, cancellationToken) : null;
            IReadOnlyList<PermittedAction> actions = [];
            if (view is not null && actor is not null)
            {
                actions = await workflow.PermittedActionsAsync(view.Instance.Id, actor, GuardFacts.None, cancellationToken) ?? [];
            }

            var status = PlanCompliance.Of(collection.Deadline, WorkingCalendar.VietnamOffset, plan.FirstSentAt, view?.Instance.State == WorkflowStates.Returned);
            return new Model(collection, plan, unitName, status, CanEdit(viewer, plan), view, actions, FormToken.NewToken());
        }
    }
}
