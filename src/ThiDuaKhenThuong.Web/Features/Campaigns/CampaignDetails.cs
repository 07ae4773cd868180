using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Campaigns;
using ThiDuaKhenThuong.Domain.Catalog;
using ThiDuaKhenThuong.Domain.Dossiers;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Web.Features.Dossiers;

namespace ThiDuaKhenThuong.Web.Features.Campaigns;

/// <summary>
/// A campaign's page: its milestones, documents, the thematic dossiers linked to it and their nominations with what
/// became of each (the awards so far). A unit sees its own dossiers; the Standing Agency and leaders those sent.
/// </summary>
public static class CampaignDetails
{
    public sealed record DossierRow(Guid Id, string NumberLabel, string Title, string UnitName, int Year, DateTimeOffset? SentAt);

    public sealed record NominationRow(Guid DossierId, string NomineeName, string AwardCode, NominationOutcome Outcome);

    public sealed record Model(
        Campaign Campaign, CampaignStatus Status, IReadOnlyList<CampaignDocument> Documents, IReadOnlyList<DossierRow> Dossiers,
        IReadOnlyList<NominationRow> Nominations, bool CanManage)
    {
        public int Awarded => Nominations.Count(n => n.Outcome is NominationOutcome.Awarded or NominationOutcome.CentralAwarded);

        public static string AwardName(string code) => NationalCatalog.ShortNameOf(code);

        public static string OutcomeLabel(NominationOutcome outcome) => outcome switch
        {
            NominationOutcome.Pending => "Đang xét",
            NominationOutcome.AwaitingDecision => "Chờ quyết định",
            NominationOutcome.NotPassed => "Không đạt",
            NominationOutcome.Rejected => "Không được đề nghị",
            NominationOutcome.Awarded => "Đã khen thưởng",
            NominationOutcome.ForwardedToCentral => "Đã trình Trung ương",
            NominationOutcome.CentralAwarded => "Trung ương đã khen thưởng",
            NominationOutcome.Revoked => "Đã thu hồi",
            _ => outcome.ToString(),
        };
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock)
    {
        public async Task<Model?> HandleAsync(Guid id, DossierViewer viewer, bool canManage, CancellationToken cancellationToken)
        {
            var campaign = await db.Campaigns.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
            if (campaign is null)
            {
                return null;
            }

            var documents = await db.CampaignDocuments.AsNoTracking().Where(d => d.CampaignId == id).OrderBy(d => d.UploadedAt).ToListAsync(cancellationToken);
            var dossiers = db.Dossiers.AsNoTracking().Where(d => d.CampaignId == id);
            var unitId = viewer.UnitId;
            dossiers = viewer.IsProvinceUser
                ? dossiers.Where(d => d.SentAt != null || (viewer.IsUnitUser && d.UnitId == unitId))
                : dossiers.Where(d => d.UnitId == unitId);
            var rows = await dossiers.OrderBy(d => d.Year).ThenBy(d => d.Number).ThenBy(d => d.CreatedAt)
                .Select(d => new { d.Id, d.Number, d.Year, d.Title, d.SentAt, Unit = db.Units.Where(u => u.Id == d.UnitId).Select(u => u.Name).FirstOrDefault() ?? "" })
                .Take(500).ToListAsync(cancellationToken);
            var ids = rows.Select(r => r.Id).ToList();
            var nominations = await db.Nominations.AsNoTracking().Where(n => ids.Contains(n.DossierId))
                .OrderBy(n => n.DossierId).ThenBy(n => n.Nominee.Name)
                .Select(n => new NominationRow(n.DossierId, n.Nominee.Name, n.AwardCode, n.Outcome)).ToListAsync(cancellationToken);
            var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
            return new Model(
                campaign, campaign.StatusOn(today), documents,
                [.. rows.Select(r => new DossierRow(r.Id, r.Number is { } n ? $"{n:D4}/{r.Year}/HS-TĐKT" : "(chưa cấp số)", r.Title, r.Unit, r.Year, r.SentAt))],
                nominations, canManage);
        }
    }
}
