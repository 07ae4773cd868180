using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Catalog;
using ThiDuaKhenThuong.Domain.Decisions;
using ThiDuaKhenThuong.Domain.Dossiers;
using ThiDuaKhenThuong.Infrastructure.Documents;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Web.Features.Catalog;

namespace ThiDuaKhenThuong.Web.Features.Decisions;

public static class DecisionDetails
{
    public sealed record Model(
        AwardDecision Decision,
        AwardType? Award,
        string? DraftedBy,
        string? SignedBy,
        AwardDecision? Original,
        IReadOnlyList<AwardDecision> Revocations,
        IReadOnlyDictionary<Guid, NominationOutcome> Outcomes,
        DecisionDocument Document);

    public sealed class Handler(AppDbContext db, ReadCatalog.Handler catalog)
    {
        /// <summary>Null when the decision is not the province's.</summary>
        public async Task<Model?> HandleAsync(Guid id, CancellationToken cancellationToken)
        {
            var decision = await db.AwardDecisions.AsNoTracking().Include(d => d.Items).FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
            if (decision is null)
            {
                return null;
            }

            var data = await catalog.HandleAsync(cancellationToken);
            var award = data.Award(decision.AwardCode);
            var original = decision.RevokesDecisionId is { } originalId
                ? await db.AwardDecisions.AsNoTracking().FirstOrDefaultAsync(d => d.Id == originalId, cancellationToken)
                : null;
            var revocations = await db.AwardDecisions.AsNoTracking().Where(d => d.RevokesDecisionId == id).OrderBy(d => d.DecisionDate).ToListAsync(cancellationToken);
            var ids = decision.Items.Select(i => i.NominationId).ToList();
            var outcomes = await db.Nominations.AsNoTracking().Where(n => ids.Contains(n.Id)).ToDictionaryAsync(n => n.Id, n => n.Outcome, cancellationToken);
            var users = new[] { decision.DraftedBy, decision.SignedBy ?? Guid.Empty };
            var names = await db.Users.AsNoTracking().Where(u => users.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName, cancellationToken);
            var province = await DraftDecision.ProvinceNameAsync(db, cancellationToken);
            return new Model(
                decision,
                award,
                names.GetValueOrDefault(decision.DraftedBy),
                decision.SignedBy is { } s ? names.GetValueOrDefault(s) : null,
                original,
                revocations,
                outcomes,
                DecisionDocument.Compose(decision, province, award, original));
        }
    }
}
