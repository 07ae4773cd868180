using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Catalog;
using ThiDuaKhenThuong.Domain.Identity;
using ThiDuaKhenThuong.Domain.People;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Infrastructure.Seeding;
using ThiDuaKhenThuong.Infrastructure.Tenancy;
using ThiDuaKhenThuong.TestKit;

namespace ThiDuaKhenThuong.IntegrationTests.Reports;

/// <summary>The dashboard's figures are kept for a minute per province, say when they were computed, and recompute on request.</summary>
public sealed partial class DashboardTests
{
    [Fact]
    public async Task Dashboard_KeepsItsFiguresForAMinute_SaysWhen_AndRecomputesWhenAsked()
    {
        var data = await ReportDataset.CreateAsync(fixture);
        using var leader = fixture.Portal.CreatePortalClient();
        await leader.SignInOrFailAsync(await fixture.CreateUserAsync(data.TenantCode, "UBND", Roles.Leader), DemoAccounts.Password);
        var year = fixture.Clock.GetUtcNow().Year;

        var first = await leader.GetStringAsync("/Dashboard");
        PortalClient.Text(first).ShouldContain("Số liệu tính lúc");
        first.ShouldContain("href=\"/Dashboard?refresh=true\"");
        var before = AwardsOf(first, year);

        await AddAwardAsync(data.TenantCode, year);

        AwardsOf(await leader.GetStringAsync("/Dashboard"), year).ShouldBe(before, "within the minute the kept figures are shown");
        AwardsOf(await leader.GetStringAsync("/Dashboard?refresh=true"), year).ShouldBe(before + 1, "asked for, the figures are computed again");
        AwardsOf(await leader.GetStringAsync("/Dashboard"), year).ShouldBe(before + 1, "and the new figures are kept");
    }

    private static int AwardsOf(string html, int year)
    {
        var labels = Regex.Match(html, "data-labels=\"([0-9,]+)\"").Groups[1].Value.Split(',').Select(int.Parse).ToList();
        var values = Regex.Match(html, "data-values=\"([0-9,]+)\"").Groups[1].Value.Split(',').Select(int.Parse).ToList();
        return values[labels.IndexOf(year)];
    }

    private async Task AddAwardAsync(string tenantCode, int year)
    {
        var tenantId = await fixture.TenantIdAsync(tenantCode);
        await fixture.Portal.WithScopeAsync(async sp =>
        {
            using var scope = sp.GetRequiredService<ITenantContext>().Use(tenantId);
            var db = sp.GetRequiredService<AppDbContext>();
            var person = await db.People.OrderBy(p => p.FullName).FirstAsync();
            db.AwardHistory.Add(AwardHistoryRecord.ForPerson(tenantId, Guid.CreateVersion7(), person.Id,
                new AwardHistoryData(AwardCodes.ProvincialCertificate, year, "9/QĐ-UBND", new DateOnly(year, 1, 15), "UBND tỉnh"), AwardSource.Manual));
            return await db.SaveChangesAsync();
        });
    }
}
