using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Organisation.Scoring;
using ThiDuaKhenThuong.Infrastructure.Persistence;

namespace ThiDuaKhenThuong.Web.Features.Clusters;

/// <summary>
/// A cluster's year on one page: commitment, settings, progress of self-assessments and cross-scores (counts only),
/// the consolidated results (leader unit and Standing Agency once every cross-score is in; a member sees its own
/// result then, and the ranking once published), the suy tôn vote, the proposal and next year's rotation.
/// </summary>
public static class ClusterOverview
{
    public sealed record MemberRow(Guid UnitId, string Name, string Role, int SelfScored, int CrossReceived, int CrossExpected, int ToGive, int Given);

    public sealed class Model
    {
        public required ClusterContext Context { get; init; }

        public GroupFile? Commitment { get; init; }

        public required int CriteriaCount { get; init; }

        public required IReadOnlyList<MemberRow> Rows { get; init; }

        public required GroupScoring.Result Results { get; init; }

        /// <summary>The whole ranking may be shown to this viewer.</summary>
        public required bool ShowRanking { get; init; }

        public GroupScoring.MemberResult? Own { get; init; }

        public required bool CrossScoresExist { get; init; }

        public required int Participations { get; init; }

        public required bool MyUnitVoted { get; init; }

        public LeadingUnitVote.Outcome? Vote { get; init; }

        public required int Quota { get; init; }

        public required IReadOnlyList<Guid> SuggestedCertificates { get; init; }

        public required RecordRotation.NextYear Next { get; init; }
    }

    public sealed class Handler(AppDbContext db, ClusterContexts.Handler contexts, LeadingUnitBallot.Handler ballots, RecordRotation.Handler rotation)
    {
        public async Task<Model> HandleAsync(ClusterContext context, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(context);
            var groupId = context.Group.Id;
            var criteriaCount = await db.ScoringCriteria.CountAsync(c => c.GroupId == groupId, cancellationToken);
            var counts = await db.GroupScores.AsNoTracking().Where(s => s.GroupId == groupId)
                .GroupBy(s => new { s.ScoredUnitId, s.ScorerUnitId }).Select(g => new { g.Key.ScoredUnitId, g.Key.ScorerUnitId, Count = g.Count() })
                .ToListAsync(cancellationToken);
            var rows = context.Members.Select(m =>
            {
                var scorers = context.ExpectedScorers(m);
                var toScore = context.Members.Where(o => context.ExpectedScorers(o).Contains(m)).ToList();
                return new MemberRow(m, context.Name(m), context.RoleOf(m),
                    counts.Where(c => c.ScoredUnitId == m && c.ScorerUnitId == m).Sum(c => c.Count),
                    counts.Where(c => c.ScoredUnitId == m && scorers.Contains(c.ScorerUnitId)).Sum(c => c.Count),
                    scorers.Count * criteriaCount,
                    toScore.Count * criteriaCount,
                    counts.Where(c => c.ScorerUnitId == m && toScore.Contains(c.ScoredUnitId)).Sum(c => c.Count));
            }).ToList();

            var results = await contexts.ConsolidateAsync(context, cancellationToken);
            var showRanking = results.AllIn && (context.IsManager || context.IsAgency || context.Year.IsPublished);
            var own = results.AllIn && context.ViewerUnitId is { } unit ? results.Members.FirstOrDefault(r => r.UnitId == unit) : null;
            var commitment = context.Year.CommitmentFileId is { } fileId
                ? await db.GroupFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == fileId, cancellationToken)
                : null;
            var voted = context.ViewerUnitId is { } viewerUnit
                && await db.GroupBallotParticipations.AnyAsync(p => p.GroupId == groupId && p.VoterUnitId == viewerUnit, cancellationToken);
            var quota = CreateProposal.Handler.Quota(context);
            var suggested = results.Members.Where(r => r.Rank is not null && r.UnitId != context.Year.ElectedUnitId)
                .OrderBy(r => r.Rank).Take(quota).Select(r => r.UnitId).ToList();
            return new Model
            {
                Context = context,
                Commitment = commitment,
                CriteriaCount = criteriaCount,
                Rows = rows,
                Results = results,
                ShowRanking = showRanking,
                Own = own,
                CrossScoresExist = counts.Any(c => c.ScoredUnitId != c.ScorerUnitId),
                Participations = await db.GroupBallotParticipations.CountAsync(p => p.GroupId == groupId, cancellationToken),
                MyUnitVoted = voted,
                Vote = await ballots.ResultAsync(context, cancellationToken),
                Quota = quota,
                SuggestedCertificates = suggested,
                Next = await rotation.ReadAsync(context, cancellationToken),
            };
        }
    }
}

/// <summary>The leader unit's settings of the year: how members are cross-scored and the certificate share.</summary>
public static class ChangeClusterSettings
{
    /// <summary>Mode and certificate share, changed by the leader unit.</summary>
    public sealed class Command
    {
        public CrossScoringMode Mode { get; set; }

        public int CertificateSharePercent { get; set; } = GroupYear.DefaultCertificateSharePercent;
    }

    public sealed class Handler(AppDbContext db, ClusterContexts.Handler contexts)
    {
        public async Task<string?> HandleAsync(ClusterContext context, Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(context);
            ArgumentNullException.ThrowIfNull(command);
            if (!context.IsManager)
            {
                return "Chỉ đơn vị trưởng cụm, khối được đổi thiết lập.";
            }

            var crossExist = await db.GroupScores.AnyAsync(s => s.GroupId == context.Group.Id && s.ScorerUnitId != s.ScoredUnitId, cancellationToken);
            contexts.Track(context);
            try
            {
                context.Year.Configure(command.Mode, command.CertificateSharePercent, crossExist);
                await db.SaveChangesAsync(cancellationToken);
                return null;
            }
            catch (Domain.Organisation.OrganisationRuleException rule)
            {
                return rule.Message;
            }
        }
    }
}
