using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Reporting;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Infrastructure.Reporting;
using ThiDuaKhenThuong.Infrastructure.Tenancy;

namespace ThiDuaKhenThuong.Web.Features.Reports;

public sealed record StatisticalFormsModel(
    int Year, ReportPeriodKind Kind, string IssuingBody, StatisticalForm Form0601, StatisticalForm Form0602, StatisticalForm Form0603, StatisticalForm Form0604, StatisticalForm Form0605)
{
    /// <summary>The five forms in their official order.</summary>
    public IReadOnlyList<StatisticalForm> All => [Form0601, Form0602, Form0603, Form0604, Form0605];
}

/// <summary>
/// Forms 0601–0605 of Circular 02/2023/TT-BNV for the province: 0602 and 0603 from the same award cube as the reports,
/// 0601 from the campaigns, 0604 and 0605 from the units and the emulation staff register as of the period's last day.
/// </summary>
public static class StatisticalFormsPage
{
    public sealed class Handler(AppDbContext db, ITenantContext tenant, TimeProvider clock, ReportFiguresQuery figures, OrganisationFormsQuery organisation)
    {
        public async Task<StatisticalFormsModel> HandleAsync(int? year, ReportPeriodKind? kind, CancellationToken cancellationToken)
        {
            var thisYear = clock.GetLocalNow().Year;
            var period = new ReportPeriod(kind ?? ReportPeriodKind.Annual, year is { } y && y >= 2000 && y <= thisYear + 1 ? y : thisYear);
            var name = await db.Tenants.Where(t => t.Id == tenant.TenantId).Select(t => t.Name).FirstAsync(cancellationToken);
            var cube = await figures.AwardCubeAsync(new ReportRequest(tenant.TenantId!.Value, period, ReportScope.Province(name), period.To), cancellationToken);
            var label = period.Label;
            var asOfLabel = $"{label} (tính đến ngày {period.To:dd/MM/yyyy})";
            var campaigns = await organisation.CampaignCubeAsync(period, cancellationToken);
            var units = await organisation.OrganisationCubeAsync(period.To, cancellationToken);
            var (council, standing) = await organisation.BodiesAsync(period.To, cancellationToken);
            var staff = await organisation.StaffCubeAsync(period.To, cancellationToken);
            return new StatisticalFormsModel(
                period.Year, period.Kind, "UBND " + name,
                OrganisationForms.Form0601(campaigns, label),
                StatisticalForms.Form0602(cube, label),
                StatisticalForms.Form0603(cube, label),
                OrganisationForms.Form0604(units, council, standing, asOfLabel),
                OrganisationForms.Form0605(staff, asOfLabel));
        }
    }
}
