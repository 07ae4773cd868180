using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Reporting;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Infrastructure.Reporting;
using ThiDuaKhenThuong.Infrastructure.Tenancy;

namespace ThiDuaKhenThuong.Web.Features.Reports;

public sealed record StatisticalFormsModel(int Year, ReportPeriodKind Kind, string IssuingBody, StatisticalForm Form0602, StatisticalForm Form0603);

/// <summary>Forms 0602 and 0603 of Circular 02/2023/TT-BNV for the province, computed from the same award cube as the reports.</summary>
public static class StatisticalFormsPage
{
    public sealed class Handler(AppDbContext db, ITenantContext tenant, TimeProvider clock, ReportFiguresQuery figures)
    {
        public async Task<StatisticalFormsModel> HandleAsync(int? year, ReportPeriodKind? kind, CancellationToken cancellationToken)
        {
            var thisYear = clock.GetLocalNow().Year;
            var period = new ReportPeriod(kind ?? ReportPeriodKind.Annual, year is { } y && y >= 2000 && y <= thisYear + 1 ? y : thisYear);
            var name = await db.Tenants.Where(t => t.Id == tenant.TenantId).Select(t => t.Name).FirstAsync(cancellationToken);
            var cube = await figures.AwardCubeAsync(new ReportRequest(tenant.TenantId!.Value, period, ReportScope.Province(name), period.To), cancellationToken);
            var label = period.Label;
            return new StatisticalFormsModel(period.Year, period.Kind, "UBND " + name, StatisticalForms.Form0602(cube, label), StatisticalForms.Form0603(cube, label));
        }
    }
}
