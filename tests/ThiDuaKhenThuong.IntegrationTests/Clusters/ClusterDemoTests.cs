using System.Net;
using System.Text.RegularExpressions;
using ThiDuaKhenThuong.TestKit;

namespace ThiDuaKhenThuong.IntegrationTests.Clusters;

/// <summary>The demo province's 2025 blocks are ready to run in the browser by the leader unit's staff.</summary>
[Collection(PortalCollection.Name)]
public sealed partial class ClusterDemoTests(PortalFixture fixture)
{
    [Fact]
    public async Task TheCultureBlocksLeaderUnit_FindsItsSeededSheet_AndTheMembersToScore()
    {
        var steps = new ClusterSteps(fixture);
        using var leader = await steps.SignedInAsync("tb.khoitruong");
        using var member = await steps.SignedInAsync("tb.canbo");

        var list = await leader.GetStringAsync("/Clusters?year=2025");
        var id = BlockLink().Match(list).Groups[1].Value;
        id.ShouldNotBeEmpty("the culture and society block is listed for its leader unit");

        var page = PortalClient.Text(await leader.GetStringAsync($"/Clusters/Details/{id}"));
        page.ShouldContain("Đơn vị của bạn điều hành cụm, khối năm nay.");
        page.ShouldContain("Bảng điểm có 12 tiêu chí.");
        page.ShouldContain("Sở Y tế");
        PortalClient.Text(await leader.GetStringAsync($"/Clusters/Sheet/{id}")).ShouldContain("Điểm tối đa (tiêu chí + điểm thưởng): 110");

        var memberPage = PortalClient.Text(await member.GetStringAsync($"/Clusters/Details/{id}"));
        memberPage.ShouldContain("Đơn vị của bạn là thành viên.");
        (await member.GetAsync($"/Clusters/SelfAssessment/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [GeneratedRegex("href=\"/Clusters/Details/([0-9a-f-]{36})\">Khối các cơ quan văn hóa - xã hội<")]
    private static partial Regex BlockLink();
}
