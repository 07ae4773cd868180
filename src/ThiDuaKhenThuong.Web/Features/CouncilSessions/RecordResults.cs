using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Catalog;
using ThiDuaKhenThuong.Domain.Council;
using ThiDuaKhenThuong.Domain.Dossiers;
using ThiDuaKhenThuong.Domain.Voting;
using ThiDuaKhenThuong.Domain.Workflow;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Infrastructure.Workflow;
using ThiDuaKhenThuong.Web.Features.Catalog;
using ThiDuaKhenThuong.Web.Features.Dossiers;

namespace ThiDuaKhenThuong.Web.Features.CouncilSessions;

/// <summary>
/// Feeds the frozen results into the nominations (passed → awaiting decision; otherwise not passed, with the counts as
/// the reason the unit reads) and moves each dossier whose council items are all decided on with the workflow's
/// <c>record-vote</c>, through <see cref="WorkflowService"/> so its history and notifications are written. Can be run
/// again: what is already recorded is skipped.
/// </summary>
public static class RecordResults
{
    public sealed record Result(bool Succeeded, string Message);

    public static string Reason(CouncilSession session, CouncilSessionItem item)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(item);
        var day = session.MeetingDate.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        return item.Result == VoteResult.NoQuorum
            ? $"Phiên họp Hội đồng ngày {day} không đủ số thành viên tham gia biểu quyết ({item.PresentCount}/{item.EligibleCount})."
            : $"Hội đồng bỏ phiếu ngày {day}: {item.ForVotes} đồng ý, {item.AgainstVotes} không đồng ý, {item.AbstainVotes} không biểu quyết "
              + $"trên {item.EligibleCount} thành viên; cần ít nhất {item.MinimumFor} phiếu đồng ý.";
    }

    public sealed class Handler(AppDbContext db, WorkflowService workflow, IEnumerable<IGuardFactsSource> facts, ReadCatalog.Handler catalog, TimeProvider clock)
    {
        public async Task<Result> HandleAsync(Guid sessionId, WorkflowActor actor, string? clientIp, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(actor);
            var session = await db.CouncilSessions.Include(s => s.Items).FirstOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
            if (session is null || session.Status != CouncilSessionStatus.Closed)
            {
                return new Result(false, "Chỉ ghi nhận kết quả của phiên họp đã kết thúc bỏ phiếu.");
            }

            var now = clock.GetUtcNow();
            var nominationIds = session.Items.Select(i => i.NominationId).ToList();
            var nominations = await db.Nominations.Where(n => nominationIds.Contains(n.Id)).ToDictionaryAsync(n => n.Id, cancellationToken);
            var problems = new List<string>();
            foreach (var item in session.Items.OrderBy(i => i.Order))
            {
                var nomination = nominations[item.NominationId];
                if (nomination.Outcome != NominationOutcome.Pending)
                {
                    continue;
                }

                try
                {
                    if (item.Result == VoteResult.Passed)
                    {
                        nomination.MarkAwaitingDecision(now);
                    }
                    else
                    {
                        nomination.MarkNotPassed(Reason(session, item), now);
                    }
                }
                catch (DossierRuleException refused)
                {
                    problems.Add(refused.Message);
                }
            }

            session.MarkResultsRecorded(now);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();

            var moved = 0;
            var ballotAwards = (await catalog.HandleAsync(cancellationToken)).AwardTypes
                .Where(a => a.Vote == VoteRequirement.SecretBallot).Select(a => a.Code).ToHashSet(StringComparer.Ordinal);
            foreach (var dossierId in session.Items.Select(i => i.DossierId).Distinct())
            {
                var dossier = await db.Dossiers.AsNoTracking().Include(d => d.Nominations).FirstAsync(d => d.Id == dossierId, cancellationToken);
                var councilItems = dossier.Nominations.Where(n => n.Appraisal == AppraisalResult.Eligible && ballotAwards.Contains(n.AwardCode)).ToList();
                var instanceId = dossier.WorkflowInstanceId ?? (await workflow.FindBySubjectAsync(SubjectKinds.NominationDossier, dossierId, cancellationToken))?.Id;
                if (councilItems.Any(n => n.Outcome == NominationOutcome.Pending) || instanceId is null)
                {
                    continue;
                }

                var view = await workflow.GetAsync(instanceId.Value, cancellationToken);
                if (view is null || view.Instance.State != WorkflowStates.AwaitingCouncil)
                {
                    continue;
                }

                var passed = councilItems.Count(n => n.Outcome == NominationOutcome.AwaitingDecision);
                var comment = $"Kết quả bỏ phiếu kín của Hội đồng ngày {session.MeetingDate.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}: "
                    + $"{passed}/{councilItems.Count} đề nghị đạt.";
                var outcome = await workflow.ApplyAsync(
                    instanceId.Value, WorkflowActions.RecordVote, actor, comment, new TransitionData { ClientIp = clientIp },
                    await facts.LoadAsync(view.Instance, cancellationToken), FormToken.NewToken(), view.Version, cancellationToken);
                if (outcome.Succeeded)
                {
                    moved++;
                }
                else
                {
                    problems.Add($"“{dossier.Title}”: {outcome.RefusalReason}");
                }
            }

            var message = $"Đã ghi nhận kết quả vào {nominationIds.Count} đề nghị; {moved} hồ sơ chuyển sang bước \"Hội đồng đã bỏ phiếu\".";
            return new Result(problems.Count == 0, problems.Count == 0 ? message : message + " " + string.Join(" ", problems));
        }
    }
}
