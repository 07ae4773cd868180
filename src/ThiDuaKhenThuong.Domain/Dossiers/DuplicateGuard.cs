namespace ThiDuaKhenThuong.Domain.Dossiers;

/// <summary>A nomination that names the same nominee for the same award and year as another dossier's.</summary>
public sealed record DuplicateNomination(Guid NominationId, string NomineeName, string AwardCode, Guid OtherDossierId, string OtherDossierTitle);

/// <summary>
/// One achievement earns one form of award, once (Law 06/2022, art. 5): the same person nominated for the same award
/// and year in two dossiers, even from two units, is flagged for the unit and the Standing Agency.
/// </summary>
public static class DuplicateGuard
{
    public sealed record Existing(Guid DossierId, string DossierTitle, int Year, NomineeKind Kind, Guid NomineeId, string AwardCode);

    public static IReadOnlyList<DuplicateNomination> Find(Dossier dossier, IEnumerable<Existing> others)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var candidates = others.Where(o => o.DossierId != dossier.Id && o.Year == dossier.Year).ToList();
        return dossier.Nominations
            .SelectMany(n => candidates
                .Where(o => o.Kind == n.Nominee.Kind && o.NomineeId == n.Nominee.Id && o.AwardCode == n.AwardCode)
                .Select(o => new DuplicateNomination(n.Id, n.Nominee.Name, n.AwardCode, o.DossierId, o.DossierTitle)))
            .ToList();
    }
}
