using ThiDuaKhenThuong.Domain.Catalog;
using ThiDuaKhenThuong.Domain.Dossiers;
using ThiDuaKhenThuong.Domain.Workflow;

namespace ThiDuaKhenThuong.Web.Features.Decisions;

/// <summary>
/// What a dossier's move means for its nominations, saved in the move's own transaction. Sent for decision: the
/// appraised-eligible nominations for awards that need no vote await the decision, the not-eligible ones close with the
/// appraisal's note (nominations for voted awards wait for the council). Rejected: every open nomination closes.
/// </summary>
public static class DossierOutcomes
{
    public const string NotEligibleReason = "Không đủ điều kiện theo kết quả thẩm định.";
    public const string RejectedReason = "Hồ sơ không được đề nghị khen thưởng.";

    public static void Apply(Dossier dossier, string toState, string? comment, Func<string, AwardType?> awardOf, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(awardOf);
        if (toState == WorkflowStates.AwaitingDecision)
        {
            foreach (var nomination in dossier.Nominations.Where(n => n.Outcome == NominationOutcome.Pending))
            {
                if (nomination.Appraisal == AppraisalResult.NotEligible)
                {
                    nomination.MarkRejected(nomination.AppraisalNote ?? nomination.OverrideReason ?? NotEligibleReason, now);
                }
                else if (nomination.Appraisal == AppraisalResult.Eligible && awardOf(nomination.AwardCode) is { Vote: VoteRequirement.None })
                {
                    nomination.MarkAwaitingDecision(now);
                }
            }
        }
        else if (toState == WorkflowStates.Rejected)
        {
            var reason = string.IsNullOrWhiteSpace(comment) ? RejectedReason : comment.Trim();
            foreach (var nomination in dossier.Nominations.Where(n => n.Outcome is NominationOutcome.Pending or NominationOutcome.AwaitingDecision))
            {
                nomination.MarkRejected(reason, now);
            }
        }
    }
}
