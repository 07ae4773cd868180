using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Organisation;
using ThiDuaKhenThuong.Domain.Organisation.Scoring;
using ThiDuaKhenThuong.Infrastructure.Persistence;

namespace ThiDuaKhenThuong.Web.Features.Clusters;

/// <summary>
/// Publication of the ranking and the year-end secret vote for the leading unit (suy tôn). Each member unit casts one
/// ballot through its leader or emulation staff; the ballot row names only the chosen unit, and a separate table records
/// that the unit voted (its primary key makes a second ballot impossible, even for simultaneous posts). Counts appear
/// only after the leader unit closes the vote.
/// </summary>
public static class LeadingUnitBallot
{
    public const string AlreadyVoted = "Đơn vị của bạn đã bỏ phiếu suy tôn; mỗi đơn vị chỉ bỏ một phiếu.";

    public sealed class Handler(AppDbContext db, ClusterContexts.Handler contexts, TimeProvider clock)
    {
        public async Task<string?> PublishAsync(ClusterContext context, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(context);
            if (!context.IsManager)
            {
                return "Chỉ đơn vị trưởng cụm, khối được công bố kết quả.";
            }

            var result = await contexts.ConsolidateAsync(context, cancellationToken);
            return await ChangeAsync(context, y => y.Publish(clock.GetUtcNow(), result.AllIn), cancellationToken);
        }

        public async Task<string?> OpenAsync(ClusterContext context, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(context);
            if (!context.IsManager)
            {
                return "Chỉ đơn vị trưởng cụm, khối được mở bỏ phiếu suy tôn.";
            }

            contexts.Track(context);
            try
            {
                context.Year.OpenVote(clock.GetUtcNow());
            }
            catch (OrganisationRuleException rule)
            {
                return rule.Message;
            }

            // A new round after one without a majority starts from an empty ballot box.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.GroupBallots.Where(b => b.GroupId == context.Group.Id).ExecuteDeleteAsync(cancellationToken);
            await db.GroupBallotParticipations.Where(p => p.GroupId == context.Group.Id).ExecuteDeleteAsync(cancellationToken);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return null;
            }
            catch (DbUpdateConcurrencyException)
            {
                return "Cụm, khối vừa được người khác cập nhật; vui lòng tải lại trang.";
            }
        }

        public async Task<string?> CastAsync(ClusterContext context, Guid candidateUnitId, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(context);
            if (!context.IsMember)
            {
                return "Chỉ đại diện đơn vị thành viên được bỏ phiếu suy tôn.";
            }

            if (!context.Year.IsVoteOpen)
            {
                return "Cuộc bỏ phiếu suy tôn chưa mở hoặc đã kết thúc.";
            }

            if (!context.Members.Contains(candidateUnitId))
            {
                return "Vui lòng chọn một đơn vị thành viên của cụm, khối.";
            }

            var voter = context.ViewerUnitId!.Value;
            if (await db.GroupBallotParticipations.AnyAsync(p => p.GroupId == context.Group.Id && p.VoterUnitId == voter, cancellationToken))
            {
                return AlreadyVoted;
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            db.GroupBallotParticipations.Add(new GroupBallotParticipation(context.Group.TenantId, context.Group.Id, voter));
            db.GroupBallots.Add(new GroupBallot(context.Group.TenantId, context.Group.Id, candidateUnitId));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
                return AlreadyVoted;
            }

            return null;
        }

        public async Task<string?> CloseAsync(ClusterContext context, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(context);
            if (!context.IsManager)
            {
                return "Chỉ đơn vị trưởng cụm, khối được kết thúc bỏ phiếu.";
            }

            var ballots = await db.GroupBallots.Where(b => b.GroupId == context.Group.Id).Select(b => b.CandidateUnitId).ToListAsync(cancellationToken);
            if (ballots.Count == 0)
            {
                return "Chưa có phiếu nào; chưa thể kết thúc bỏ phiếu.";
            }

            var outcome = LeadingUnitVote.Tally(ballots);
            return await ChangeAsync(context, y => y.CloseVote(clock.GetUtcNow(), outcome.Elected), cancellationToken);
        }

        /// <summary>The counts, only once the vote is closed.</summary>
        public async Task<LeadingUnitVote.Outcome?> ResultAsync(ClusterContext context, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(context);
            if (context.Year.VoteClosedAt is null)
            {
                return null;
            }

            var ballots = await db.GroupBallots.AsNoTracking().Where(b => b.GroupId == context.Group.Id).Select(b => b.CandidateUnitId).ToListAsync(cancellationToken);
            return LeadingUnitVote.Tally(ballots);
        }

        private async Task<string?> ChangeAsync(ClusterContext context, Action<GroupYear> change, CancellationToken cancellationToken)
        {
            contexts.Track(context);
            try
            {
                change(context.Year);
                await db.SaveChangesAsync(cancellationToken);
                return null;
            }
            catch (OrganisationRuleException rule)
            {
                return rule.Message;
            }
            catch (DbUpdateConcurrencyException)
            {
                return "Cụm, khối vừa được người khác cập nhật; vui lòng tải lại trang.";
            }
        }
    }
}
