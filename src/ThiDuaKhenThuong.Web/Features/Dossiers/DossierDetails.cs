using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Catalog;
using ThiDuaKhenThuong.Domain.Dossiers;
using ThiDuaKhenThuong.Domain.Workflow;
using ThiDuaKhenThuong.Infrastructure.Auditing;
using ThiDuaKhenThuong.Infrastructure.Dossiers;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Infrastructure.Workflow;
using ThiDuaKhenThuong.Web.Features.Registrations;
using ThiDuaKhenThuong.Web.Features.Shared;

namespace ThiDuaKhenThuong.Web.Features.Dossiers;

public static class DossierDetails
{
    public sealed record Model(
        Dossier Dossier,
        string UnitName,
        IReadOnlyList<DossierDocument> Documents,
        IReadOnlyList<MissingDocument> Missing,
        IReadOnlyList<DuplicateNomination> Duplicates,
        IReadOnlyList<RequiredDocument> DocumentChoices,
        bool CanEdit,
        WorkflowInstanceView? Workflow,
        IReadOnlyList<PermittedAction> Actions,
        string FormToken,
        string? AssignedOfficer = null,
        IReadOnlyList<SupplementRequest>? Supplements = null,
        (Guid Id, string Name)? Campaign = null,
        IReadOnlySet<Guid>? RegisteredNominations = null,
        IReadOnlyList<ChangeLogEntry>? Changes = null)
    {
        /// <summary>The request the unit still has to answer, if any.</summary>
        public SupplementRequest? OpenSupplement => Supplements?.FirstOrDefault(r => r.IsOpen);

        /// <summary>What the officer may tick when returning the dossier: the missing documents, then every kind of document.</summary>
        public IEnumerable<string> SupplementChoices =>
            Missing.Select(m => m.Describe())
                .Concat(DocumentChoices.Select(c => $"Hoàn thiện {c.Label.ToLowerInvariant()}"))
                .Distinct(StringComparer.OrdinalIgnoreCase);

        public string StateLabel => Workflow is { } w ? w.Definition.LabelOf(w.Instance.State) : "—";
    }

    public sealed class Handler(AppDbContext db, WorkflowService workflow)
    {
        private static readonly Dictionary<string, AwardType> Catalog = NationalCatalog.CreateAwardTypes().ToDictionary(a => a.Code);

        /// <summary>The dossier if this user may see it; otherwise null, which the page answers as "not found".</summary>
        public async Task<Model?> HandleAsync(DossierViewer viewer, WorkflowActor? actor, Guid id, CancellationToken cancellationToken)
        {
            // One connection (and one tenant setting) for the page's reads, instead of one per query.
            await db.Database.OpenConnectionAsync(cancellationToken);
            // The dossier with its nominations, the names the page shows beside it and its supplement requests (rarely
            // more than one or two), in one round trip.
            var found = await db.Dossiers.AsNoTracking().Include(d => d.Nominations)
                .Where(d => d.Id == id)
                .Select(d => new
                {
                    Dossier = d,
                    UnitName = db.Units.Where(u => u.Id == d.UnitId).Select(u => u.Name).FirstOrDefault(),
                    Officer = db.Users.Where(u => u.Id == d.AssignedOfficerId).Select(u => u.FullName).FirstOrDefault(),
                    CampaignName = db.Campaigns.Where(c => c.Id == d.CampaignId).Select(c => c.Name).FirstOrDefault(),
                    Supplements = db.SupplementRequests.Where(r => r.DossierId == d.Id).OrderByDescending(r => r.RequestedAt).ToList(),
                })
                .FirstOrDefaultAsync(cancellationToken);
            var dossier = found?.Dossier;
            if (found is null || dossier is null || !viewer.CanView(dossier))
            {
                return null;
            }

            // Documents, the duplicate guard and the change log in one round trip.
            var (documents, others, changes) = await DossierPageReads.ReadAsync(db, dossier.TenantId, id, dossier.Year, ChangeHistoryViewComponent.DefaultTake, cancellationToken);
            var missing = DossierGuardFacts.Missing(dossier, documents.Select(d => (d.DocumentCode, d.NominationId)));
            var choices = dossier.Nominations.Select(n => n.AwardCode).Distinct()
                .SelectMany(code => Catalog.TryGetValue(code, out var award) ? award.RequiredDocumentsFor(dossier.Kind) : [])
                .Concat([DocumentCodes.Cover])
                .DistinctBy(r => r.Code).ToList();
            var view = dossier.WorkflowInstanceId is { } instanceId ? await workflow.GetAsync(instanceId, cancellationToken) : null;
            IReadOnlyList<PermittedAction> actions = [];
            if (view is not null && actor is not null)
            {
                // The guards' facts from the dossier and documents read above, not read again.
                var guardFacts = DossierGuardFacts.From(dossier, documents.Select(d => (d.DocumentCode, d.NominationId)));
                actions = await workflow.PermittedActionsAsync(view, actor, guardFacts, cancellationToken);
            }

            var registered = await RegistrationLookup.RegisteredAsync(db, dossier, cancellationToken);
            (Guid, string)? campaign = dossier.CampaignId is { } campaignId && found.CampaignName is { } campaignName ? (campaignId, campaignName) : null;
            return new Model(dossier, found.UnitName ?? string.Empty, documents, missing, DuplicateGuard.Find(dossier, others), choices, viewer.CanEdit(dossier), view, actions, FormToken.NewToken(),
                dossier.AssignedOfficerId is null ? null : found.Officer, found.Supplements, campaign, registered, changes);
        }
    }
}
