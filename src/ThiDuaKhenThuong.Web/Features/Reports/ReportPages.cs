using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Reporting;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Infrastructure.Reporting;
using ThiDuaKhenThuong.Infrastructure.Tenancy;

namespace ThiDuaKhenThuong.Web.Features.Reports;

public sealed record ReportListItem(Guid Id, string Title, string ScopeName, ReportScopeKind ScopeKind, DateOnly AsOf, DateTimeOffset UpdatedAt, Guid? LatestPublishedId, int? LatestVersion, bool CanWrite);

public sealed record ReportIndexModel(IReadOnlyList<ReportListItem> Reports, bool CanCreate, bool SeesProvince, IReadOnlyList<(Guid Id, string Name)> Units, IReadOnlyList<(Guid Id, string Name)> Groups, CreateReport.Command NewReport);

public sealed record ReportEditModel(ReportDraft Draft, ReportDocument Preview, EditReport.Command Narrative, IReadOnlyList<PublishedReport> Versions, ReportJob? Job, bool CanWrite);

/// <summary>The read side of the reports pages, and the documents rendered from drafts and published versions.</summary>
public static class ReportPages
{
    public sealed class Handler(AppDbContext db, ITenantContext tenant, TimeProvider clock, ReportFiguresQuery figures)
    {
        public async Task<ReportIndexModel> IndexAsync(ReportViewer viewer, CancellationToken cancellationToken)
        {
            var drafts = db.ReportDrafts.AsNoTracking();
            if (!viewer.SeesProvince)
            {
                drafts = drafts.Where(d => d.ScopeKind == ReportScopeKind.Unit && d.ScopeId == viewer.UnitId);
            }

            var rows = await drafts.OrderByDescending(d => d.Year).ThenByDescending(d => d.UpdatedAt).Take(200)
                .Select(d => new
                {
                    Draft = d,
                    Latest = db.PublishedReports.Where(p => p.DraftId == d.Id).OrderByDescending(p => p.Version).Select(p => new { p.Id, p.Version }).FirstOrDefault(),
                })
                .ToListAsync(cancellationToken);
            var items = rows.Select(r => new ReportListItem(r.Draft.Id, r.Draft.Period.Title, r.Draft.ScopeName, r.Draft.ScopeKind, r.Draft.AsOf, r.Draft.UpdatedAt,
                r.Latest?.Id, r.Latest?.Version, viewer.CanWrite(r.Draft.ScopeKind, r.Draft.ScopeId))).ToList();
            var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
            var units = viewer.IsStandingAgency
                ? (await db.Units.AsNoTracking().Where(u => u.ValidTo == null).OrderBy(u => u.Name).Select(u => new { u.Id, u.Name }).ToListAsync(cancellationToken)).Select(u => (u.Id, u.Name)).ToList()
                : (await db.Units.AsNoTracking().Where(u => u.Id == viewer.UnitId).Select(u => new { u.Id, u.Name }).ToListAsync(cancellationToken)).Select(u => (u.Id, u.Name)).ToList();
            var groups = viewer.IsStandingAgency
                ? (await db.EmulationGroups.AsNoTracking().OrderByDescending(g => g.Year).ThenBy(g => g.Name).Select(g => new { g.Id, g.Name, g.Year }).ToListAsync(cancellationToken))
                    .Select(g => (g.Id, $"{g.Name} ({g.Year})")).ToList()
                : [];
            var command = new CreateReport.Command
            {
                Year = today.Year,
                PeriodKind = today.Month <= 6 ? ReportPeriodKind.Annual : ReportPeriodKind.SixMonth,
                ScopeKind = viewer.IsStandingAgency ? ReportScopeKind.Province : ReportScopeKind.Unit,
                UnitId = viewer.IsStandingAgency ? null : viewer.UnitId,
            };
            if (today.Month <= 6)
            {
                command.Year--;
            }

            return new ReportIndexModel(items, viewer.IsStandingAgency || viewer.IsUnitLeader, viewer.SeesProvince, units, groups, command);
        }

        public async Task<ReportEditModel?> EditAsync(ReportViewer viewer, Guid id, EditReport.Command? typed, CancellationToken cancellationToken)
        {
            var draft = await db.ReportDrafts.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
            if (draft is null || !viewer.CanView(draft.ScopeKind, draft.ScopeId))
            {
                return null;
            }

            var computed = await figures.ComputeAsync(ReportPublisher.RequestFor(draft), cancellationToken);
            var versions = await db.PublishedReports.AsNoTracking().Where(p => p.DraftId == id).OrderByDescending(p => p.Version).ToListAsync(cancellationToken);
            var job = await db.ReportJobs.AsNoTracking().Where(j => j.DraftId == id).OrderByDescending(j => j.CreatedAt).FirstOrDefaultAsync(cancellationToken);
            var preview = await DocumentAsync(computed, draft.Narrative, null, null, cancellationToken);
            return new ReportEditModel(draft, preview, typed ?? EditReport.Command.From(draft.Narrative), versions, job, viewer.CanWrite(draft.ScopeKind, draft.ScopeId));
        }

        public async Task<PublishedReport?> PublishedAsync(ReportViewer viewer, Guid id, CancellationToken cancellationToken)
        {
            var report = await db.PublishedReports.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
            return report is not null && viewer.CanView(report.ScopeKind, report.ScopeId) ? report : null;
        }

        /// <summary>The newest published province report of a period kind (any year), for the leader's one-click download.</summary>
        public async Task<PublishedReport?> LatestProvinceAsync(ReportViewer viewer, ReportPeriodKind kind, CancellationToken cancellationToken)
            => viewer.SeesProvince
                ? await db.PublishedReports.AsNoTracking().Where(p => p.ScopeKind == ReportScopeKind.Province && p.PeriodKind == kind)
                    .OrderByDescending(p => p.Year).ThenByDescending(p => p.PublishedAt).FirstOrDefaultAsync(cancellationToken)
                : null;

        public async Task<ReportDocument> DocumentAsync(PublishedReport report, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(report);
            var date = DateOnly.FromDateTime(report.PublishedAt.ToOffset(TimeSpan.FromHours(7)).DateTime);
            return await DocumentAsync(ReportPublisher.Read(report), report.Narrative, date, $"Phiên bản {report.Version} công bố ngày {date:dd/MM/yyyy} bởi {report.PublishedByName}", cancellationToken);
        }

        private async Task<ReportDocument> DocumentAsync(ReportFigures computed, ReportNarrative narrative, DateOnly? date, string? version, CancellationToken cancellationToken)
        {
            var province = await db.Tenants.Where(t => t.Id == tenant.TenantId).Select(t => t.Name).FirstAsync(cancellationToken);
            var place = province.StartsWith("Tỉnh ", StringComparison.Ordinal) ? province[5..] : province;
            var (parent, issuer) = computed.ScopeKind == ReportScopeKind.Unit
                ? (province.ToUpperInvariant(), computed.ScopeName)
                : ("ỦY BAN NHÂN DÂN", province.ToUpperInvariant());
            return new ReportDocument(computed, narrative, parent, issuer, place, date, version);
        }
    }
}
