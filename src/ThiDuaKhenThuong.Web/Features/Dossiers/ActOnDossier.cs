using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Dossiers;
using ThiDuaKhenThuong.Domain.Workflow;
using ThiDuaKhenThuong.Infrastructure.Dossiers;
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

        /// <summary>Return for supplement: the checklist items the officer ticked.</summary>
        public List<string> Missing { get; set; } = [];

        /// <summary>Return for supplement: further things to add, one per line.</summary>
        public string? OtherMissing { get; set; }

        /// <summary>Everything the unit is asked to add, ticked items first.</summary>
        public IReadOnlyList<string> MissingItems() =>
            SupplementRequest.Normalise(Missing.Concat((OtherMissing ?? string.Empty).Split('\n')));
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Action).NotEmpty().WithMessage("Vui lòng chọn thao tác.");
            RuleFor(c => c.Comment).MaximumLength(4000).WithMessage("Ý kiến không quá 4.000 ký tự.");
            RuleFor(c => c.FormToken).NotEmpty().MaximumLength(100).WithMessage(WorkflowService.TokenMissingRefusal);
            RuleFor(c => c.Missing).Must(m => m.Count <= SupplementRequest.MaxItems)
                .WithMessage($"Yêu cầu bổ sung không quá {SupplementRequest.MaxItems} nội dung.");
            RuleForEach(c => c.Missing).MaximumLength(SupplementRequest.MaxItemLength)
                .WithMessage($"Mỗi nội dung cần bổ sung không quá {SupplementRequest.MaxItemLength} ký tự.");
            RuleFor(c => c.OtherMissing).MaximumLength(8000).WithMessage("Nội dung cần bổ sung quá dài.");
        }
    }

    private static readonly HashSet<string> EditableStates = [WorkflowStates.Draft, WorkflowStates.ReturnedForSupplement];

    public sealed class Handler(AppDbContext db, WorkflowService workflow, TimeProvider clock, ReadCatalog.Handler catalog)
    {
        /// <summary>Null when the dossier is not visible to the user; otherwise the outcome (applied or refused with a reason).</summary>
        public async Task<WorkflowOutcome?> HandleAsync(DossierViewer viewer, WorkflowActor actor, Guid dossierId, Command command, string? clientIp, CancellationToken cancellationToken)
        {
            var target = await LoadAsync(viewer, dossierId, cancellationToken);
            if (target is not { } found)
            {
                return null;
            }

            IReadOnlyList<string> missing;
            try
            {
                missing = command.MissingItems();
            }
            catch (DossierRuleException ex)
            {
                return WorkflowOutcome.Refused(ex.Message);
            }

            return await ApplyAsync(found.Dossier, found.View, actor, command.Action!, command.Comment, missing, command.FormToken!, command.Version, clientIp, cancellationToken);
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

                var outcome = await ApplyAsync(found.Dossier, found.View, actor, action, null, [], FormToken.NewToken(), found.View.Version, clientIp, cancellationToken);
                return (found.Dossier, outcome);
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }

        private async Task<(Dossier Dossier, WorkflowInstanceView View)?> LoadAsync(DossierViewer viewer, Guid dossierId, CancellationToken cancellationToken)
        {
            // One connection for the whole transition (the province is set on it once, not before every query).
            await db.Database.OpenConnectionAsync(cancellationToken);
            var dossier = await db.Dossiers.Include(d => d.Nominations).FirstOrDefaultAsync(d => d.Id == dossierId, cancellationToken);
            if (dossier is null || !viewer.CanView(dossier) || dossier.WorkflowInstanceId is not { } instanceId)
            {
                return null;
            }

            // Tracked, so the transition does not read the instance again.
            var view = await workflow.GetForTransitionAsync(instanceId, cancellationToken);
            return view is null ? null : (dossier, view);
        }

        private async Task<WorkflowOutcome> ApplyAsync(
            Dossier dossier, WorkflowInstanceView view, WorkflowActor actor, string action, string? comment, IReadOnlyList<string> missing, string formToken, uint version, string? clientIp, CancellationToken cancellationToken)
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

                if (transition.To == WorkflowStates.ReturnedForSupplement)
                {
                    comment = await RequestSupplementAsync(dossier, actor, comment, missing, cancellationToken);
                }
                else if (view.Instance.State == WorkflowStates.ReturnedForSupplement)
                {
                    await foreach (var open in db.SupplementRequests.Where(r => r.DossierId == dossier.Id && r.ResolvedAt == null).AsAsyncEnumerable().WithCancellation(cancellationToken))
                    {
                        open.Resolve(clock.GetUtcNow());
                    }
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

            // The dossier and its nominations are in hand: only its documents are read for the guards.
            var guardFacts = await DossierGuardFacts.ForAsync(db, dossier, cancellationToken);
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

        /// <summary>
        /// Records the list the unit will see. The list, ticked and typed, becomes the history comment too, so the
        /// timeline says exactly what was asked; a comment alone (no list) is kept as the one item.
        /// </summary>
        private async Task<string?> RequestSupplementAsync(Dossier dossier, WorkflowActor actor, string? comment, IReadOnlyList<string> missing, CancellationToken cancellationToken)
        {
            var items = missing.Count > 0 ? missing : SupplementRequest.Normalise([comment]);
            if (items.Count == 0)
            {
                return comment;
            }

            var request = new SupplementRequest(dossier.TenantId, Guid.CreateVersion7(), dossier.Id, items, actor.UserId, clock.GetUtcNow());
            await db.SupplementRequests.AddAsync(request, cancellationToken);
            return missing.Count == 0 ? comment : string.IsNullOrWhiteSpace(comment) ? request.Summary : $"{comment.Trim()} — {request.Summary}";
        }
    }
}
