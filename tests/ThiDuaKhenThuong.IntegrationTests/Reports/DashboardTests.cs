using System.Net;
using System.Text.RegularExpressions;
using ThiDuaKhenThuong.Domain.Identity;
using ThiDuaKhenThuong.Infrastructure.Seeding;
using ThiDuaKhenThuong.TestKit;

namespace ThiDuaKhenThuong.IntegrationTests.Reports;

[Collection(PortalCollection.Name)]
public sealed partial class DashboardTests(PortalFixture fixture)
{
    [Fact]
    public async Task Dashboard_ShowsTrendIdleUnitsAndLinks_ForTheLeader_AndIsRefusedToUnitStaff()
    {
        var data = await ReportDataset.GetAsync(fixture);
        using var leader = fixture.Portal.CreatePortalClient();
        await leader.SignInOrFailAsync(await fixture.CreateUserAsync(data.TenantCode, "UBND", Roles.Leader), DemoAccounts.Password);
        var html = await leader.GetStringAsync("/Dashboard");
        var year = fixture.Clock.GetUtcNow().Year;

        html.ShouldContain($"data-labels=\"{string.Join(",", Enumerable.Range(year - 4, 5))}\"");
        // One award in 2024 (p3's LĐTT); the 2025 awards belong to the last-year column.
        var values = Regex.Match(html, "data-values=\"([0-9,]+)\"").Groups[1].Value.Split(',').Select(int.Parse).ToList();
        values[Enumerable.Range(year - 4, 5).ToList().IndexOf(2024)].ShouldBe(1);
        values[Enumerable.Range(year - 4, 5).ToList().IndexOf(2025)].ShouldBeGreaterThanOrEqualTo(9);
        html.ShouldContain("/lib/chartjs/chart.umd.min.js");

        // Units still in existence with no nomination this year: the district closed on 1/7/2025 is not listed.
        var idle = PortalClient.Text(Regex.Match(html, "data-testid=\"idle-units\".*?</table>", RegexOptions.Singleline).Value);
        idle.ShouldContain("Sở Y tế");
        idle.ShouldContain("Bệnh viện Đa khoa tỉnh");
        idle.ShouldNotContain("huyện Đông Thử");

        foreach (var link in Regex.Matches(html, "href=\"(/(?:Reports/Forms|Dossiers|Units/Details)[^\"]*)\"").Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).Distinct())
        {
            using var response = await leader.GetAsync(link);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, link);
        }

        using var staff = fixture.Portal.CreatePortalClient();
        await staff.SignInOrFailAsync(await fixture.CreateUserAsync(data.TenantCode, "SYT", Roles.UnitStaff), DemoAccounts.Password);
        using var refused = await staff.GetAsync("/Dashboard");
        refused.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        refused.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
    }
}
