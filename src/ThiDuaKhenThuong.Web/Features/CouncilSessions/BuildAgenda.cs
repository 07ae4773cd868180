using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Catalog;
using ThiDuaKhenThuong.Domain.Council;
using ThiDuaKhenThuong.Domain.Dossiers;
using ThiDuaKhenThuong.Domain.Workflow;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Web.Features.Catalog;

namespace ThiDuaKhenThuong.Web.Features.CouncilSessions;

/// <summary>
/// The nominations that await the council: dossier in <c>AwaitingCouncil</c>, appraised eligible, an award the catalog
/// puts to a secret ballot, still pending and on no other open agenda. The officer ticks them onto a draft session.
/// </summary>
public static class BuildAgenda
{
    public sealed record Candidate(Guid NominationId, Guid DossierId, string DossierTitle, string UnitName, string NomineeName, string AwardCode, string AwardName, bool OnAgenda);

    public sealed record Model(CouncilSession Session, IReadOnlyList<Candidate> Candidates);

    public sealed class Handler(AppDbContext db, ReadCatalog.Handler catalog, TimeProvider clock)
    {
        public async Task<IReadOnlyList<Candidate>> CandidatesAsync(CouncilSession session, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(session);
            var data = await catalog.HandleAsync(cancellationToken);
            var ballotAwards = data.AwardTypes.Where(a => a.Vote == VoteRequirement.SecretBallot && a.VoteThreshold is not null)
                .Select(a => a.Code).Distinct().ToList();
            var elsewhere = db.CouncilSessionItems
                .Where(i => i.SessionId != session.Id && db.CouncilSessions.Any(s => s.Id == i.SessionId && s.Status != CouncilSessionStatus.Closed))
                .Select(i => i.NominationId);
            var rows = await (
                    from n in db.Nominations
                    join d in db.Dossiers on n.DossierId equals d.Id
                    join w in db.WorkflowInstances on d.Id equals w.SubjectId
                    join u in db.Units on d.UnitId equals u.Id
                    where w.State == WorkflowStates.AwaitingCouncil
                          && n.Appraisal == AppraisalResult.Eligible
                          && n.Outcome == NominationOutcome.Pending
                          && ballotAwards.Contains(n.AwardCode)
                          && !elsewhere.Contains(n.Id)
                    select new { n.Id, DossierId = d.Id, d.Title, Unit = u.Name, Nominee = n.Nominee.Name, n.AwardCode })
                .ToListAsync(cancellationToken);
            var onAgenda = session.Items.Select(i => i.NominationId).ToHashSet();
            return rows
                .Select(r => new Candidate(r.Id, r.DossierId, r.Title, r.Unit, r.Nominee, r.AwardCode, data.Award(r.AwardCode)?.Name ?? r.AwardCode, onAgenda.Contains(r.Id)))
                .OrderBy(c => c.AwardName, StringComparer.Ordinal).ThenBy(c => c.UnitName, StringComparer.Ordinal).ThenBy(c => c.NomineeName, StringComparer.Ordinal)
                .ToList();
        }

        /// <summary>Puts exactly <paramref name="selected"/> (among the candidates) on the draft session's agenda. Null on success.</summary>
        public async Task<string?> SetAsync(Guid sessionId, IReadOnlyCollection<Guid> selected, CancellationToken cancellationToken)
        {
            var session = await db.CouncilSessions.Include(s => s.Items).FirstOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
            if (session is null)
            {
                return "Không tìm thấy phiên họp.";
            }

            if (session.Status != CouncilSessionStatus.Draft)
            {
                return "Chỉ thay đổi chương trình của phiên họp chưa công bố.";
            }

            var candidates = (await CandidatesAsync(session, cancellationToken)).ToDictionary(c => c.NominationId);
            var data = await catalog.HandleAsync(cancellationToken);
            foreach (var item in session.Items.Where(i => !selected.Contains(i.NominationId)).ToList())
            {
                session.RemoveItem(item.Id);
            }

            var ids = selected.Where(candidates.ContainsKey).Where(id => session.Items.All(i => i.NominationId != id)).ToList();
            var nominations = await db.Nominations.AsNoTracking().Where(n => ids.Contains(n.Id)).ToListAsync(cancellationToken);
            var dossiers = await db.Dossiers.AsNoTracking().Where(d => nominations.Select(n => n.DossierId).Contains(d.Id))
                .ToDictionaryAsync(d => d.Id, d => d.UnitId, cancellationToken);
            var now = clock.GetUtcNow();
            foreach (var nomination in nominations.OrderBy(n => candidates[n.Id].AwardName, StringComparer.Ordinal).ThenBy(n => candidates[n.Id].UnitName, StringComparer.Ordinal).ThenBy(n => n.Nominee.Name, StringComparer.Ordinal))
            {
                var threshold = data.Award(nomination.AwardCode)!.VoteThreshold!;
                var item = session.AddItem(Guid.CreateVersion7(now), nomination, nomination.DossierId, dossiers[nomination.DossierId], threshold);
                db.Entry(item).State = EntityState.Added;
            }

            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
    }
}
