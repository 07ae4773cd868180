using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Catalog;
using ThiDuaKhenThuong.Domain.Dossiers;
using ThiDuaKhenThuong.Domain.Identity;
using ThiDuaKhenThuong.Domain.Workflow;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Web.Features.Catalog;
using ThiDuaKhenThuong.Web.Features.Dossiers;

namespace ThiDuaKhenThuong.Web.Features.Nominations;

/// <summary>One nomination: the engine's per-rule results, justification, duplicates, quota warnings and the appraisal.</summary>
public static class NominationDetails
{
    public sealed record Model(
        Dossier Dossier,
        Nomination Nomination,
        string UnitName,
        string AwardName,
        NominationEligibility.StoredReport? Report,
        IReadOnlyList<DuplicateNomination> Duplicates,
        string? WorkflowState,
        bool CanEdit,
        bool IsOfficer,
        bool CanAppraise,
        AppraiseNomination.Command Appraisal)
    {
        public IReadOnlyList<NominationEligibility.StoredOutcome> QuotaBreaches =>
            Report?.Outcomes.Where(o => o.IsQuota && o.Status == EligibilityStatus.Fail).ToList() ?? [];

        public bool NeedsJustification => Nomination.EligibilityStatus == EligibilityStatus.Fail;
    }

    public sealed class Handler(AppDbContext db, NominationAccess.Handler access, ReadCatalog.Handler catalog)
    {
        public async Task<Model?> HandleAsync(DossierViewer viewer, Guid id, AppraiseNomination.Command? appraisal, CancellationToken cancellationToken)
        {
            if (await access.NominationAsync(viewer, id, cancellationToken) is not { } found)
            {
                return null;
            }

            var (dossier, nomination) = found;
            var unitName = await db.Units.Where(u => u.Id == dossier.UnitId).Select(u => u.Name).FirstAsync(cancellationToken);
            var awardName = (await catalog.HandleAsync(cancellationToken)).Award(nomination.AwardCode)?.Name ?? NationalCatalog.ShortNameOf(nomination.AwardCode);
            var state = await access.StateAsync(dossier.Id, cancellationToken);
            var isOfficer = viewer.Roles.Contains(Roles.StandingOfficer);
            appraisal ??= new AppraiseNomination.Command
            {
                Result = nomination.Appraisal == AppraisalResult.Pending ? null : nomination.Appraisal,
                Note = nomination.AppraisalNote,
                OverrideReason = nomination.OverrideReason,
            };
            return new Model(
                dossier, nomination, unitName, awardName, NominationEligibility.Read(nomination.EligibilityReport),
                await DuplicatesAsync(db, dossier, nomination, cancellationToken), state, viewer.CanEdit(dossier), isOfficer,
                isOfficer && state == WorkflowStates.UnderReview, appraisal);
        }
    }

    /// <summary>Other dossiers of the same year (any unit of the province) naming the same nominee for the same award.</summary>
    public static async Task<IReadOnlyList<DuplicateNomination>> DuplicatesAsync(AppDbContext db, Dossier dossier, Nomination nomination, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(nomination);
        var nomineeId = nomination.Nominee.Id;
        var others = await (
                from n in db.Nominations
                where n.Nominee.Id == nomineeId && n.AwardCode == nomination.AwardCode && n.DossierId != dossier.Id
                join d in db.Dossiers on n.DossierId equals d.Id
                where d.Year == dossier.Year
                select new DuplicateGuard.Existing(d.Id, d.Title, d.Year, n.Nominee.Kind, n.Nominee.Id, n.AwardCode))
            .ToListAsync(cancellationToken);
        return DuplicateGuard.Find(dossier, others).Where(d => d.NominationId == nomination.Id).ToList();
    }
}
