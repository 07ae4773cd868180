using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Dossiers;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Web.Features.Dossiers;

namespace ThiDuaKhenThuong.Web.Features.Nominations;

/// <summary>
/// Loads a nomination with its dossier through the tenant-filtered context and applies the dossier's own check: what
/// this user may not see is answered as "not found".
/// </summary>
public static class NominationAccess
{
    public sealed record Found(Dossier Dossier, Nomination Nomination);

    public sealed class Handler(AppDbContext db)
    {
        public async Task<Found?> NominationAsync(DossierViewer viewer, Guid nominationId, CancellationToken cancellationToken)
        {
            var dossierId = await db.Nominations.Where(n => n.Id == nominationId).Select(n => (Guid?)n.DossierId).FirstOrDefaultAsync(cancellationToken);
            if (dossierId is null || await DossierAsync(viewer, dossierId.Value, cancellationToken) is not { } dossier)
            {
                return null;
            }

            return new Found(dossier, dossier.Nominations.First(n => n.Id == nominationId));
        }

        /// <summary>The dossier (tracked, with its nominations) if this user may see it.</summary>
        public async Task<Dossier?> DossierAsync(DossierViewer viewer, Guid dossierId, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(viewer);
            var dossier = await db.Dossiers.Include(d => d.Nominations).FirstOrDefaultAsync(d => d.Id == dossierId, cancellationToken);
            return dossier is not null && viewer.CanView(dossier) ? dossier : null;
        }

        /// <summary>The state of the dossier's workflow instance, or null when it has none yet.</summary>
        public Task<string?> StateAsync(Guid dossierId, CancellationToken cancellationToken)
            => db.WorkflowInstances.Where(i => i.SubjectId == dossierId).Select(i => i.State).FirstOrDefaultAsync(cancellationToken);
    }
}
