using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Council;
using ThiDuaKhenThuong.Domain.Dossiers;
using ThiDuaKhenThuong.Infrastructure.Persistence;

namespace ThiDuaKhenThuong.Web.Features.CouncilSessions;

/// <summary>
/// Closes voting and freezes the counts, by an officer or on the first access after the set time. Under the session's
/// row lock (submissions hold it shared), so no ballot can slip in after the count. The ballots are then re-cast with
/// fresh random keys in a shuffled order: the ballot rows no longer share a transaction id or a physical order with
/// the participations written next to them while voting was open.
/// </summary>
public static class CloseVoting
{
    public sealed class Handler(AppDbContext db, TimeProvider clock)
    {
        /// <returns>Null when closed (or already closed), else the reason it could not be.</returns>
        public async Task<string?> CloseAsync(Guid sessionId, Guid? officerId, CancellationToken cancellationToken)
        {
            var tenantId = db.CurrentTenantId ?? throw new InvalidOperationException("No tenant.");
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"SELECT 1 FROM council_sessions WHERE tenant_id = {tenantId} AND id = {sessionId} FOR UPDATE", cancellationToken);
            var session = await db.CouncilSessions.Include(s => s.Items).FirstOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
            if (session is null || session.Status == CouncilSessionStatus.Closed)
            {
                return null;
            }

            if (session.Status != CouncilSessionStatus.Voting)
            {
                return "Phiên họp chưa mở bỏ phiếu.";
            }

            var day = session.MeetingDate;
            var members = await db.CouncilMembers.AsNoTracking()
                .Where(m => m.TermId == session.TermId && m.StartsOn <= day && (m.EndsOn == null || m.EndsOn >= day))
                .ToListAsync(cancellationToken);
            var participants = await db.CouncilParticipations.AsNoTracking().Where(p => p.SessionId == sessionId).ToListAsync(cancellationToken);
            var itemIds = session.Items.Select(i => i.Id).ToList();
            var ballots = await db.CouncilBallots.Where(b => itemIds.Contains(b.ItemId)).ToListAsync(cancellationToken);
            var byId = members.ToDictionary(m => m.Id);
            var tallies = new Dictionary<Guid, ItemTally>();
            foreach (var item in session.Items)
            {
                var mine = ballots.Where(b => b.ItemId == item.Id).ToList();
                var present = participants.Count(p => p.Method == ParticipationMethod.Online && byId.TryGetValue(p.MemberId, out var m) && !item.Excludes(m));
                tallies[item.Id] = new ItemTally(
                    mine.Count(b => b.Choice == BallotChoice.For),
                    mine.Count(b => b.Choice == BallotChoice.Against),
                    mine.Count(b => b.Choice == BallotChoice.Abstain),
                    present,
                    members.Count(m => !item.Excludes(m)));
            }

            try
            {
                session.Close(members.Count, tallies, officerId, clock.GetUtcNow());
            }
            catch (DossierRuleException refused)
            {
                return refused.Message;
            }

            db.CouncilBallots.RemoveRange(ballots);
            db.CouncilBallots.AddRange(ballots.Select(b => new CouncilBallot(tenantId, b.ItemId, b.Choice)).OrderBy(_ => Guid.NewGuid()).ToList());
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return null;
        }

        /// <summary>
        /// The counting check: every item of a closed session holds exactly one ballot per participation (a member
        /// with a conflict of interest casts an "excluded" ballot), and the frozen counts match the box.
        /// </summary>
        public async Task<IReadOnlyList<string>> VerifyAsync(Guid sessionId, CancellationToken cancellationToken)
        {
            var session = await db.CouncilSessions.AsNoTracking().Include(s => s.Items).FirstOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
            if (session is null || session.Status != CouncilSessionStatus.Closed)
            {
                return [];
            }

            var participations = await db.CouncilParticipations.CountAsync(p => p.SessionId == sessionId, cancellationToken);
            var itemIds = session.Items.Select(i => i.Id).ToList();
            var counts = await db.CouncilBallots.Where(b => itemIds.Contains(b.ItemId))
                .GroupBy(b => new { b.ItemId, b.Choice }).Select(g => new { g.Key.ItemId, g.Key.Choice, Count = g.Count() })
                .ToListAsync(cancellationToken);
            var problems = new List<string>();
            foreach (var item in session.Items.OrderBy(i => i.Order))
            {
                int Of(BallotChoice choice) => counts.Where(c => c.ItemId == item.Id && c.Choice == choice).Sum(c => c.Count);
                var total = counts.Where(c => c.ItemId == item.Id).Sum(c => c.Count);
                if (total != participations)
                {
                    problems.Add($"Mục {item.Order} ({item.NomineeName}): {total} phiếu nhưng {participations} lượt tham gia.");
                }

                if (Of(BallotChoice.For) != item.ForVotes || Of(BallotChoice.Against) != item.AgainstVotes || Of(BallotChoice.Abstain) != item.AbstainVotes)
                {
                    problems.Add($"Mục {item.Order} ({item.NomineeName}): kết quả đã chốt khác số phiếu trong hòm phiếu.");
                }
            }

            return problems;
        }
    }
}
