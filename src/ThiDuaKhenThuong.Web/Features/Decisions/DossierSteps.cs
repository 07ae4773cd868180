using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Dossiers;
using ThiDuaKhenThuong.Domain.Workflow;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Infrastructure.Workflow;

namespace ThiDuaKhenThuong.Web.Features.Decisions;

/// <summary>
/// Once every nomination of a dossier is closed, the dossier takes its route's step through the workflow engine (its
/// own transaction, history and notifications): <c>decide</c> after a province decision, <c>forward-to-central</c>
/// after the submission, <c>record-central-decision</c> once the central level has decided every forwarded one.
/// </summary>
public static class DossierSteps
{
    public sealed class Handler(AppDbContext db, WorkflowService workflow, IEnumerable<IGuardFactsSource> facts)
    {
        /// <summary>Empty when every dossier moved (or had nothing to do); otherwise a note on those that did not.</summary>
        public async Task<string> AdvanceAsync(IReadOnlyList<Guid> dossierIds, WorkflowActor actor, string comment, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(dossierIds);
            var notes = new List<string>();
            foreach (var id in dossierIds)
            {
                db.ChangeTracker.Clear();
                var dossier = await db.Dossiers.AsNoTracking().Include(d => d.Nominations).FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
                if (dossier?.WorkflowInstanceId is not { } instanceId || await workflow.GetAsync(instanceId, cancellationToken) is not { } view)
                {
                    continue;
                }

                if (NextAction(view.Instance.State, dossier.Nominations) is not { } action)
                {
                    continue;
                }

                var guardFacts = await facts.LoadAsync(view.Instance, cancellationToken);
                var outcome = await workflow.ApplyAsync(instanceId, action, actor, comment, new TransitionData(), guardFacts, FormToken.NewToken(), view.Version, cancellationToken);
                if (!outcome.Succeeded)
                {
                    notes.Add($"Hồ sơ {dossier.NumberLabel}: {outcome.RefusalReason}");
                }
            }

            return notes.Count == 0 ? string.Empty : " Chưa chuyển được bước của hồ sơ: " + string.Join(" ", notes);
        }
    }

    /// <summary>The step a dossier in <paramref name="state"/> takes now, or null while a nomination is still open.</summary>
    public static string? NextAction(string state, IEnumerable<Nomination> nominations)
    {
        ArgumentNullException.ThrowIfNull(nominations);
        var outcomes = nominations.Select(n => n.Outcome).ToList();
        if (outcomes.Count == 0 || outcomes.Any(o => o is NominationOutcome.Pending or NominationOutcome.AwaitingDecision))
        {
            return null;
        }

        if (state == WorkflowStates.AwaitingDecision)
        {
            return outcomes.Contains(NominationOutcome.ForwardedToCentral) ? WorkflowActions.ForwardToCentral
                : outcomes.Contains(NominationOutcome.Awarded) ? WorkflowActions.Decide
                : null;
        }

        return state == WorkflowStates.ForwardedToCentral && !outcomes.Contains(NominationOutcome.ForwardedToCentral)
            ? WorkflowActions.RecordCentralDecision
            : null;
    }
}
