using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Dossiers;
using ThiDuaKhenThuong.Domain.Workflow;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Infrastructure.Workflow;
using ThiDuaKhenThuong.Web.Features.Catalog;
using ThiDuaKhenThuong.Web.Features.Decisions;

namespace ThiDuaKhenThuong.Web.Features.Dossiers;

/// <summary>
/// Moves a dossier along its route (send, receive, return for supplement, …). The dossier's own consequences — frozen
/// once sent, editable again when returned, numbered on receipt — are saved in the transition's single transaction.
/// </summary>
public static class ActOnDossier
{
    public sealed class Command
    {
        public string? Action { get; set; }

        public string? Comment { get; set; }

        public string? FormToken { get; set; }

        public uint Version { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Action).NotEmpty().WithMessage("Vui lòng chọn thao tác.");
            RuleFor(c => c.Comment).MaximumLength(4000).WithMessage("Ý kiến không quá 4.000 ký tự.");
            RuleFor(c => c.FormToken).NotEmpty().MaximumLength(100).WithMessage(WorkflowService.TokenMissingRefusal);
        }
    }

    private static readonly HashSet<string> EditableStates = [WorkflowStates.Draft, WorkflowStates.ReturnedForSupplement];

    public sealed class Handler(AppDbContext db, WorkflowService workflow, IEnumerable<IGuardFactsSource> facts, TimeProvider clock, ReadCatalog.Handler catalog)
    {
        /// <summary>Null when the dossier is not visible to the user; otherwise the outcome (applied or refused with a reason).</summary>
        public async Task<WorkflowOutcome?> HandleAsync(DossierViewer viewer, WorkflowActor actor, Guid dossierId, Command command, string? clientIp, CancellationToken cancellationToken)
        {
            var target = await LoadAsync(viewer, dossierId, cancellationToken);
            return target is null
                ? null
                : await ApplyAsync(target.Value.Dossier, target.Value.View, actor, command.Action!, command.Comment, command.FormToken!, command.Version, clientIp, cancellationToken);
        }

        /// <summary>
        /// One dossier of a bulk action: the same path as the page's form, with a fresh one-time token and the instance's
        /// current version. Null when the dossier is not visible; the dossier (for its number) travels with the outcome.
        /// The change tracker is cleared afterwards, so a refused dossier leaves nothing behind for the next one.
        /// </summary>
        public async Task<(Dossier Dossier, WorkflowOutcome Outcome)?> ActOnceAsync(DossierViewer viewer, WorkflowActor actor, Guid dossierId, string action, string? clientIp, CancellationToken cancellationToken)
        {
            try
            {
                var target = await LoadAsync(viewer, dossierId, cancellationToken);
                if (target is not { } found)
                {
                    return null;
                }

                var outcome = await ApplyAsync(found.Dossier, found.View, actor, action, null, FormToken.NewToken(), found.View.Version, clientIp, cancellationToken);
                return (found.Dossier, outcome);
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }

        private async Task<(Dossier Dossier, WorkflowInstanceView View)?> LoadAsync(DossierViewer viewer, Guid dossierId, CancellationToken cancellationToken)
        {
            var dossier = await db.Dossiers.Include(d => d.Nominations).FirstOrDefaultAsync(d => d.Id == dossierId, cancellationToken);
            if (dossier is null || !viewer.CanView(dossier) || dossier.WorkflowInstanceId is not { } instanceId)
            {
                return null;
            }

            var view = await workflow.GetAsync(instanceId, cancellationToken);
            return view is null ? null : (dossier, view);
        }

        private async Task<WorkflowOutcome> ApplyAsync(
            Dossier dossier, WorkflowInstanceView view, WorkflowActor actor, string action, string? comment, string formToken, uint version, string? clientIp, CancellationToken cancellationToken)
        {
            var instanceId = view.Instance.Id;
            var transition = view.Definition.FindTransition(view.Instance.State, action);
            if (transition is not null)
            {
                if (transition.To is WorkflowStates.AwaitingUnitApproval or WorkflowStates.Submitted && dossier.ProblemsBeforeSending() is { Count: > 0 } problems)
                {
                    return WorkflowOutcome.Refused(string.Join(" ", problems));
                }

                if (EditableStates.Contains(transition.To))
                {
                    dossier.Unlock();
                }
                else
                {
                    dossier.Lock();
                }

                if (transition.To == WorkflowStates.Submitted)
                {
                    dossier.MarkSent(clock.GetUtcNow());
                }

                if (transition.To is WorkflowStates.AwaitingDecision or WorkflowStates.Rejected)
                {
                    var awards = await catalog.HandleAsync(cancellationToken);
                    DossierOutcomes.Apply(dossier, transition.To, comment, awards.Award, clock.GetUtcNow());
                }

                if (transition.To == WorkflowStates.Received && dossier.Number is null)
                {
                    var counter = await db.DossierCounters.FirstOrDefaultAsync(c => c.Year == dossier.Year, cancellationToken);
                    if (counter is null)
                    {
                        counter = new DossierCounter { TenantId = dossier.TenantId, Year = dossier.Year };
                        db.DossierCounters.Add(counter);
                    }

                    counter.LastNumber++;
                    dossier.AssignNumber(counter.LastNumber);
                }
            }

            var guardFacts = await facts.LoadAsync(view.Instance, cancellationToken);
            try
            {
                return await workflow.ApplyAsync(
                    instanceId, action, actor, comment, new TransitionData { ClientIp = clientIp }, guardFacts,
                    formToken, version, cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Two officers receiving the province's first dossiers of a year at the same instant: one must retry.
                return WorkflowOutcome.Refused(WorkflowService.ConcurrencyRefusal);
            }
        }
    }
}
