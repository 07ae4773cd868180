using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Catalog;
using ThiDuaKhenThuong.Domain.Dossiers;
using ThiDuaKhenThuong.Domain.Workflow;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Infrastructure.Workflow;

namespace ThiDuaKhenThuong.Infrastructure.Dossiers;

/// <summary>
/// What the workflow's guards need to know about a nomination dossier: the documents still missing (the catalog's
/// checklist, and always the cover letter), the nominations not yet appraised, and those never checked.
/// </summary>
public sealed class DossierGuardFacts(AppDbContext db) : IGuardFactsSource
{
    private static readonly Dictionary<string, AwardType> Catalog = NationalCatalog.CreateAwardTypes().ToDictionary(a => a.Code);

    public bool Handles(string subjectKind) => subjectKind == SubjectKinds.NominationDossier;

    public async Task<GuardFacts> LoadAsync(WorkflowInstance instance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var dossier = await db.Dossiers.AsNoTracking().Include(d => d.Nominations).FirstOrDefaultAsync(d => d.Id == instance.SubjectId, cancellationToken);
        if (dossier is null)
        {
            return GuardFacts.None;
        }

        return await ForAsync(db, dossier, cancellationToken);
    }

    /// <summary>The facts of a dossier the caller has already read with its nominations: only its documents are read.</summary>
    public static async Task<GuardFacts> ForAsync(AppDbContext db, Dossier dossier, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(dossier);
        var documents = await db.DossierDocuments.AsNoTracking().Where(d => d.DossierId == dossier.Id)
            .Select(d => new { d.DocumentCode, d.NominationId }).ToListAsync(cancellationToken);
        return From(dossier, documents.Select(d => (d.DocumentCode, d.NominationId)));
    }

    /// <summary>The facts of a dossier already read with its nominations, and of its uploaded documents.</summary>
    public static GuardFacts From(Dossier dossier, IEnumerable<(string Code, Guid? NominationId)> uploaded)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var missing = Missing(dossier, uploaded);
        return new GuardFacts
        {
            MissingDocuments = missing.Select(m => m.Describe()).ToList(),
            UnappraisedNominations = dossier.Nominations.Where(n => n.Appraisal == AppraisalResult.Pending).Select(n => n.Nominee.Name).ToList(),
            NominationsWithoutEligibilityCheck = dossier.Nominations.Where(n => n.EligibilityReport is null).Select(n => n.Nominee.Name).ToList(),
        };
    }

    /// <summary>The checklist of the dossier: the catalog's documents per nomination, and the cover letter in every case.</summary>
    public static IReadOnlyList<MissingDocument> Missing(Dossier dossier, IEnumerable<(string Code, Guid? NominationId)> uploaded)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var have = uploaded.ToList();
        var missing = DocumentChecklist.Missing(dossier, Catalog, have).ToList();
        if (have.All(h => h.Code != DocumentCodes.CoverLetter) && missing.All(m => m.Code != DocumentCodes.CoverLetter))
        {
            missing.Insert(0, new MissingDocument(DocumentCodes.CoverLetter, DocumentCodes.Cover.Label, null, null));
        }

        return missing;
    }
}
