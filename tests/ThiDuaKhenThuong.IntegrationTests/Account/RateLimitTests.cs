using System.Net;
using ThiDuaKhenThuong.TestKit;

namespace ThiDuaKhenThuong.IntegrationTests.Account;

[Collection(PortalCollection.Name)]
public sealed class RateLimitTests(PortalFixture fixture)
{
    [Fact]
    public async Task SignIn_FromOneAddress_OverTheLimit_Answers429InVietnamese()
    {
        var portal = fixture.CreatePortal(new Dictionary<string, string?> { ["Security:SignInPerIpPerMinute"] = "3" });
        using var client = portal.CreatePortalClient();
        for (var i = 0; i < 3; i++)
        {
            using var allowed = await client.SignInAsync("ai.do." + i, "mat-khau-bat-ky-123");
            allowed.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        using var refused = await client.SignInAsync("ai.do.4", "mat-khau-bat-ky-123");

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        PortalClient.Text(await refused.Content.ReadAsStringAsync()).ShouldContain("quá nhiều lần");
    }

    [Fact]
    public async Task SignIn_ToOneAccount_OverTheLimit_Answers429_WhileOtherAccountsStillWork()
    {
        var userName = await fixture.CreateUserAsync(Infrastructure.Seeding.DemoTenants.ThaiBinhCode, "SYT", Domain.Identity.Roles.UnitLeader);
        var portal = fixture.CreatePortal(new Dictionary<string, string?> { ["Security:SignInPerAccountPerMinute"] = "2" });
        using var client = portal.CreatePortalClient();
        for (var i = 0; i < 2; i++)
        {
            using var allowed = await client.SignInAsync(userName, "sai-mat-khau-" + i);
            allowed.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        using var refused = await client.SignInAsync(userName, "sai-mat-khau-3");
        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);

        using var other = await client.SignInAsync("hy.lanhdao", Infrastructure.Seeding.DemoAccounts.Password);
        other.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }
}
