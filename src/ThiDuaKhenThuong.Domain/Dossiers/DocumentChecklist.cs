using ThiDuaKhenThuong.Domain.Catalog;

namespace ThiDuaKhenThuong.Domain.Dossiers;

/// <summary>A document the dossier still lacks; per nominee when the document is personal (an achievement report).</summary>
public sealed record MissingDocument(string Code, string Label, Guid? NominationId, string? NomineeName)
{
    public string Describe() => NomineeName is null ? Label : $"{Label} – {NomineeName}";
}

/// <summary>The checklist: what the catalog requires for each nomination's award and the dossier's kind, minus what is uploaded.</summary>
public static class DocumentChecklist
{
    /// <summary>Documents required once per nominee rather than once per dossier.</summary>
    public static readonly IReadOnlySet<string> PerNominee = new HashSet<string>(StringComparer.Ordinal)
    {
        DocumentCodes.AchievementReport,
    };

    public static IReadOnlyList<MissingDocument> Missing(
        Dossier dossier,
        IReadOnlyDictionary<string, AwardType> awards,
        IEnumerable<(string Code, Guid? NominationId)> uploaded)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(awards);
        var have = uploaded.ToList();
        var missing = new List<MissingDocument>();
        var dossierLevel = new Dictionary<string, RequiredDocument>(StringComparer.Ordinal);
        foreach (var nomination in dossier.Nominations)
        {
            if (!awards.TryGetValue(nomination.AwardCode, out var award))
            {
                continue;
            }

            foreach (var required in award.RequiredDocumentsFor(dossier.Kind))
            {
                if (!PerNominee.Contains(required.Code))
                {
                    dossierLevel.TryAdd(required.Code, required);
                }
                else if (!have.Any(h => h.Code == required.Code && h.NominationId == nomination.Id))
                {
                    missing.Add(new MissingDocument(required.Code, required.Label, nomination.Id, nomination.Nominee.Name));
                }
            }
        }

        missing.InsertRange(0, dossierLevel.Values
            .Where(r => !have.Any(h => h.Code == r.Code))
            .Select(r => new MissingDocument(r.Code, r.Label, null, null)));
        return missing;
    }
}
