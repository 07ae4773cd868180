using System.Net;
using System.Text.RegularExpressions;
using ThiDuaKhenThuong.Infrastructure.Seeding;
using ThiDuaKhenThuong.TestKit;

namespace ThiDuaKhenThuong.IntegrationTests.People;

[Collection(PortalCollection.Name)]
public sealed partial class CollectivesTests(PortalFixture fixture)
{
    [Fact]
    public async Task Collectives_AreListedWithTheirHistory_AndHiddenFromAnotherProvince()
    {
        using var client = fixture.Portal.CreatePortalClient();
        await client.SignInOrFailAsync("tb.canbo", DemoAccounts.Password);

        var list = await client.GetStringAsync("/Collectives?q=" + Uri.EscapeDataString("phong to chuc can bo"));
        var id = Link().Match(list).Groups[1].Value;
        var page = PortalClient.Text(await client.GetStringAsync("/Collectives/Details/" + id));

        page.ShouldContain("Phòng Tổ chức cán bộ");
        page.ShouldContain("Quá trình khen thưởng");
        page.ShouldMatch("TTLĐ(TT|XS)");
        using var other = fixture.Portal.CreatePortalClient();
        await other.SignInOrFailAsync("hy.canbo", DemoAccounts.Password);
        (await other.GetAsync("/Collectives/Details/" + id)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [GeneratedRegex("<a href=\"/Collectives/Details/([0-9a-f-]{36})\">")]
    private static partial Regex Link();
}
