using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Council;
using ThiDuaKhenThuong.Domain.Dossiers;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Web.Features.Catalog;
using ThiDuaKhenThuong.Web.Features.Nominations;

namespace ThiDuaKhenThuong.Web.Features.CouncilSessions;

/// <summary>
/// What a council member reads before voting, read-only: the summary sheet of an agenda item, and each dossier on
/// the agenda with its documents. Reached only through a session the viewer may see and only for its own dossiers.
/// </summary>
public static class AgendaDossier
{
    public sealed record Sheet(
        SessionDetails.Model Session,
        CouncilSessionItem Item,
        string AwardName,
        Dossier Dossier,
        Nomination Nomination,
        string UnitName,
        NominationEligibility.StoredReport? Eligibility);

    public sealed record DossierView(SessionDetails.Model Session, Dossier Dossier, string UnitName, IReadOnlyList<DossierDocument> Documents);

    public sealed class Handler(AppDbContext db, SessionDetails.Handler details, ReadCatalog.Handler catalog)
    {
        public async Task<Sheet?> SheetAsync(SessionViewer viewer, Guid sessionId, Guid itemId, CancellationToken cancellationToken)
        {
            if (await details.HandleAsync(viewer, sessionId, cancellationToken) is not { } session
                || session.Session.Items.FirstOrDefault(i => i.Id == itemId) is not { } item)
            {
                return null;
            }

            var dossier = await db.Dossiers.AsNoTracking().Include(d => d.Nominations).FirstAsync(d => d.Id == item.DossierId, cancellationToken);
            var nomination = dossier.Nominations.First(n => n.Id == item.NominationId);
            var unit = await db.Units.Where(u => u.Id == dossier.UnitId).Select(u => u.Name).FirstAsync(cancellationToken);
            var award = (await catalog.HandleAsync(cancellationToken)).Award(item.AwardCode)?.Name ?? item.AwardCode;
            return new Sheet(session, item, award, dossier, nomination, unit, NominationEligibility.Read(nomination.EligibilityReport));
        }

        public async Task<DossierView?> DossierAsync(SessionViewer viewer, Guid sessionId, Guid dossierId, CancellationToken cancellationToken)
        {
            if (await details.HandleAsync(viewer, sessionId, cancellationToken) is not { } session
                || session.Session.Items.All(i => i.DossierId != dossierId))
            {
                return null;
            }

            var dossier = await db.Dossiers.AsNoTracking().Include(d => d.Nominations).FirstAsync(d => d.Id == dossierId, cancellationToken);
            var unit = await db.Units.Where(u => u.Id == dossier.UnitId).Select(u => u.Name).FirstAsync(cancellationToken);
            var documents = await db.DossierDocuments.AsNoTracking().Where(d => d.DossierId == dossierId).OrderBy(d => d.UploadedAt).ToListAsync(cancellationToken);
            return new DossierView(session, dossier, unit, documents);
        }
    }
}
