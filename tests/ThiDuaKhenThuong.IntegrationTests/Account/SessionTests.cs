using System.Net;
using ThiDuaKhenThuong.Domain.Identity;
using ThiDuaKhenThuong.Infrastructure.Seeding;
using ThiDuaKhenThuong.TestKit;

namespace ThiDuaKhenThuong.IntegrationTests.Account;

[Collection(PortalCollection.Name)]
public sealed class SessionTests(PortalFixture fixture)
{
    [Fact]
    public async Task SignOut_EndsTheSessionOnTheServer_SoACopiedCookieNoLongerWorks()
    {
        using var client = fixture.Portal.CreatePortalClient();
        using var signIn = await client.SignInAsync("tb.chuyenvien", DemoAccounts.Password);
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("tdkt.session=", StringComparison.Ordinal)).Split(';')[0];
        (await client.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.OK);

        using (var before = await ReplayAsync(cookie))
        {
            before.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        using (var signOut = await client.PostFormAsync("/", "/Account/Logout", new Dictionary<string, string>()))
        {
            signOut.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        using var after = await ReplayAsync(cookie);
        after.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        after.Headers.Location!.ToString().ShouldContain("/Account/Login");
    }

    private async Task<HttpResponseMessage> ReplayAsync(string cookie)
    {
        using var bare = fixture.Portal.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Cookie", cookie);
        return await bare.SendAsync(request);
    }

    [Fact]
    public async Task Session_EndsAfterThirtyMinutesIdle()
    {
        using var client = fixture.Portal.CreatePortalClient();
        await client.SignInOrFailAsync("tb.truongban", DemoAccounts.Password);
        (await client.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.OK);

        fixture.Clock.Advance(TimeSpan.FromMinutes(31));
        using var response = await client.GetAsync("/");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Session_EndsAfterTwelveHours_EvenWhenActive()
    {
        using var client = fixture.Portal.CreatePortalClient();
        await client.SignInOrFailAsync("tb.lanhdao", DemoAccounts.Password);
        for (var elapsed = TimeSpan.Zero; elapsed < TimeSpan.FromHours(11.5); elapsed += TimeSpan.FromMinutes(20))
        {
            using var active = await client.GetAsync("/");
            active.StatusCode.ShouldBe(HttpStatusCode.OK);
            fixture.Clock.Advance(TimeSpan.FromMinutes(20));
        }

        fixture.Clock.Advance(TimeSpan.FromMinutes(40));
        using var response = await client.GetAsync("/");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task ChangingPassword_EndsTheAccountsOtherSessions_AndTheNewPasswordWorks()
    {
        var userName = await fixture.CreateUserAsync(DemoTenants.HungYenCode, "SYT", Roles.UnitStaff);
        using var laptop = fixture.Portal.CreatePortalClient();
        using var phone = fixture.Portal.CreatePortalClient();
        await laptop.SignInOrFailAsync(userName, DemoAccounts.Password);
        await phone.SignInOrFailAsync(userName, DemoAccounts.Password);

        using var change = await laptop.PostFormAsync("/Account/ChangePassword", "/Account/ChangePassword", new Dictionary<string, string>
        {
            ["CurrentPassword"] = DemoAccounts.Password,
            ["NewPassword"] = "mùa lúa chín vàng trên đồng",
            ["ConfirmPassword"] = "mùa lúa chín vàng trên đồng",
        });

        change.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        change.Headers.Location!.ToString().ShouldBe("/");
        (await laptop.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await phone.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        using var fresh = fixture.Portal.CreatePortalClient();
        (await fresh.SignInAsync(userName, "mùa lúa chín vàng trên đồng")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Theory]
    [InlineData("ngan-qua-11", "từ 12 đến 128 ký tự")]
    [InlineData("password1234", "quá phổ biến")]
    public async Task ChangingPassword_ToAWeakOne_IsRefusedWithAVietnameseReason(string newPassword, string reason)
    {
        var userName = await fixture.CreateUserAsync(DemoTenants.ThaiBinhCode, "SNV", Roles.UnitStaff);
        using var client = fixture.Portal.CreatePortalClient();
        await client.SignInOrFailAsync(userName, DemoAccounts.Password);

        using var response = await client.PostFormAsync("/Account/ChangePassword", "/Account/ChangePassword", new Dictionary<string, string>
        {
            ["CurrentPassword"] = DemoAccounts.Password,
            ["NewPassword"] = newPassword,
            ["ConfirmPassword"] = newPassword,
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        PortalClient.Text(await response.Content.ReadAsStringAsync()).ShouldContain(reason);
        using var again = fixture.Portal.CreatePortalClient();
        (await again.SignInAsync(userName, DemoAccounts.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }
}
