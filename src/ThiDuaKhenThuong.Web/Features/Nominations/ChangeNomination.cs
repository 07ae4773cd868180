using ThiDuaKhenThuong.Domain.Dossiers;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Web.Features.Dossiers;

namespace ThiDuaKhenThuong.Web.Features.Nominations;

/// <summary>The unit's changes to a nomination while the dossier is its draft: the written justification, or removal.</summary>
public static class ChangeNomination
{
    public const int MaxJustification = 4000;

    /// <summary>NotFound → 404; otherwise Refusal (null when done) and the dossier to return to.</summary>
    public sealed record Outcome(bool NotFound, string? Refusal, Guid DossierId);

    public sealed class Handler(AppDbContext db, NominationAccess.Handler access)
    {
        public async Task<Outcome> JustifyAsync(DossierViewer viewer, Guid id, string? justification, CancellationToken cancellationToken)
            => await ChangeAsync(viewer, id, found =>
            {
                if (justification?.Trim().Length > MaxJustification)
                {
                    return "Giải trình tối đa 4.000 ký tự.";
                }

                found.Nomination.Justify(justification);
                return null;
            }, cancellationToken);

        public async Task<Outcome> RemoveAsync(DossierViewer viewer, Guid id, CancellationToken cancellationToken)
            => await ChangeAsync(viewer, id, found =>
            {
                found.Dossier.RemoveNomination(found.Nomination.Id);
                return null;
            }, cancellationToken);

        private async Task<Outcome> ChangeAsync(DossierViewer viewer, Guid id, Func<NominationAccess.Found, string?> change, CancellationToken cancellationToken)
        {
            if (await access.NominationAsync(viewer, id, cancellationToken) is not { } found)
            {
                return new Outcome(true, null, Guid.Empty);
            }

            if (!viewer.CanEdit(found.Dossier))
            {
                return new Outcome(false, "Hồ sơ đã gửi hoặc bạn không có quyền sửa hồ sơ này.", found.Dossier.Id);
            }

            try
            {
                if (change(found) is { } refusal)
                {
                    return new Outcome(false, refusal, found.Dossier.Id);
                }
            }
            catch (DossierRuleException rule)
            {
                return new Outcome(false, rule.Message, found.Dossier.Id);
            }

            await db.SaveChangesAsync(cancellationToken);
            return new Outcome(false, null, found.Dossier.Id);
        }
    }
}
