using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Catalog;
using ThiDuaKhenThuong.Domain.Decisions;
using ThiDuaKhenThuong.Domain.Dossiers;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Web.Features.Catalog;

namespace ThiDuaKhenThuong.Web.Features.Decisions;

public static class DraftForm
{
    /// <summary>A nomination awaiting a decision and not yet in another draft or decision.</summary>
    public sealed record Candidate(
        Guid NominationId, Guid DossierId, string DossierLabel, NomineeKind NomineeKind, Guid NomineeId, string NomineeName, Guid UnitId, string UnitName, string AwardCode);

    public sealed record Form(DraftDecision.Command Command, IReadOnlyList<AwardType> Awards, IReadOnlyList<(Guid Id, string Name)> Units, IReadOnlyList<Candidate> Candidates, bool IsCentral);

    /// <summary>Nominations awaiting a decision for <paramref name="awardCode"/>, optionally of one unit or one dossier.</summary>
    internal static async Task<List<Candidate>> CandidatesAsync(AppDbContext db, string? awardCode, Guid? unitId, Guid? dossierId, CancellationToken cancellationToken)
    {
        var taken = db.DecisionItems.Join(db.AwardDecisions, i => i.DecisionId, d => d.Id, (i, d) => new { i.NominationId, d.Kind })
            .Where(x => x.Kind != DecisionKind.Revocation).Select(x => x.NominationId);
        var query =
            from n in db.Nominations.AsNoTracking()
            join d in db.Dossiers.AsNoTracking() on n.DossierId equals d.Id
            join u in db.Units.AsNoTracking() on d.UnitId equals u.Id
            where n.Outcome == NominationOutcome.AwaitingDecision && !taken.Contains(n.Id)
            select new { n, d, UnitName = u.Name };
        if (!string.IsNullOrEmpty(awardCode))
        {
            query = query.Where(x => x.n.AwardCode == awardCode);
        }

        if (unitId is { } unit)
        {
            query = query.Where(x => x.d.UnitId == unit);
        }

        if (dossierId is { } dossier)
        {
            query = query.Where(x => x.d.Id == dossier);
        }

        var rows = await query.OrderBy(x => x.UnitName).ThenBy(x => x.n.Nominee.Name).Take(AwardDecision.MaxItems).ToListAsync(cancellationToken);
        return rows.Select(x => new Candidate(x.n.Id, x.d.Id, x.d.Number is null ? x.d.Title : x.d.NumberLabel, x.n.Nominee.Kind, x.n.Nominee.Id, x.n.Nominee.Name, x.d.UnitId, x.UnitName, x.n.AwardCode)).ToList();
    }

    /// <summary>The draft form: filters, candidates and the text pre-filled from the legal basis in force.</summary>
    public sealed class Handler(AppDbContext db, TimeProvider clock, ReadCatalog.Handler catalog)
    {
        public async Task<Form> HandleAsync(DraftDecision.Command command, bool prefill, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var data = await catalog.HandleAsync(cancellationToken);
            var waiting = await db.Nominations.AsNoTracking().Where(n => n.Outcome == NominationOutcome.AwaitingDecision)
                .Select(n => n.AwardCode).Distinct().ToListAsync(cancellationToken);
            var awards = data.AwardTypes.Where(a => waiting.Contains(a.Code)).ToList();
            var award = command.AwardCode is { } code ? data.Award(code) : null;
            var candidates = award is null ? [] : await CandidatesAsync(db, award.Code, command.UnitId, command.DossierId, cancellationToken);
            var units = candidates.Count == 0 && command.UnitId is null
                ? []
                : (await CandidatesAsync(db, award?.Code, null, null, cancellationToken)).Select(c => (c.UnitId, c.UnitName)).Distinct().OrderBy(u => u.UnitName).ToList();
            var central = award?.IsForwardedToCentral == true;
            if (prefill && award is not null)
            {
                var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
                var kind = central ? DecisionKind.CentralSubmission : DecisionKind.Award;
                command.Symbol ??= central ? DecisionTemplates.SubmissionSymbol : DecisionTemplates.DecisionSymbol;
                command.Date ??= today;
                var year = command.Date.Value.Year;
                var symbol = command.Symbol;
                command.Number ??= (await db.AwardDecisions.Where(d => d.Year == year && d.Symbol == symbol).MaxAsync(d => (int?)d.Number, cancellationToken) ?? 0) + 1;
                command.Subject ??= DecisionTemplates.Subject(kind, award.Name);
                command.LegalBasis ??= DecisionTemplates.LegalBasis(data.InForce(command.Date.Value), kind);
                command.SignerTitle ??= DecisionTemplates.Chairman;
                command.NominationIds = command.NominationIds.Count > 0 ? command.NominationIds : candidates.Select(c => c.NominationId).ToList();
            }

            return new Form(command, awards, units, candidates, central);
        }
    }
}
