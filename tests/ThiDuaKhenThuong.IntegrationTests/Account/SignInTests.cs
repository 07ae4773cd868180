using System.Net;
using ThiDuaKhenThuong.Domain.Identity;
using ThiDuaKhenThuong.Infrastructure.Seeding;
using ThiDuaKhenThuong.TestKit;
using ThiDuaKhenThuong.Web.Features.Account;

namespace ThiDuaKhenThuong.IntegrationTests.Account;

[Collection(PortalCollection.Name)]
public sealed class SignInTests(PortalFixture fixture)
{
    public static TheoryData<string> DemoUserNames()
    {
        var data = new TheoryData<string>();
        foreach (var account in DemoAccounts.All)
        {
            data.Add(account.UserName);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DemoUserNames))]
    public async Task DemoAccount_SignsIn_AndSeesProvinceUnitAndMenuOfItsRole(string userName)
    {
        var account = DemoAccounts.All.Single(a => a.UserName == userName);
        using var client = fixture.Portal.CreatePortalClient();

        await client.SignInOrFailAsync(userName, DemoAccounts.Password);
        var home = await client.GetStringAsync("/");

        var text = PortalClient.Text(home);
        text.ShouldContain("Hệ thống quản lý thi đua, khen thưởng");
        text.ShouldContain(account.FullName);
        text.ShouldContain(Roles.Label(account.Role));
        if (account.TenantCode == DemoTenants.ThaiBinhCode)
        {
            text.ShouldContain("Tỉnh Thái Bình");
            text.ShouldNotContain("Tỉnh Hưng Yên");
        }
        else if (account.TenantCode == DemoTenants.HungYenCode)
        {
            text.ShouldContain("Tỉnh Hưng Yên");
            text.ShouldNotContain("Tỉnh Thái Bình");
        }

        if (account.UnitCode == "SYT")
        {
            text.ShouldContain("Sở Y tế");
        }

        (home.Contains("data-testid=\"menu-users\"", StringComparison.Ordinal)).ShouldBe(account.Role == Roles.TenantAdmin);
        (home.Contains("data-testid=\"menu-tenants\"", StringComparison.Ordinal)).ShouldBe(account.Role == Roles.SystemAdmin);
    }

    [Fact]
    public async Task WrongPassword_SaysSoInVietnamese_AndKeepsTheUserName()
    {
        using var client = fixture.Portal.CreatePortalClient();

        using var response = await client.SignInAsync("tb.canbo", "mat-khau-sai-hoan-toan");
        var html = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        PortalClient.Text(html).ShouldContain(SignInUser.InvalidMessage);
        html.ShouldContain("value=\"tb.canbo\"");
        html.ShouldNotContain("mat-khau-sai-hoan-toan");
    }

    [Fact]
    public async Task UnknownAccount_GetsTheSameMessageAsAWrongPassword()
    {
        using var client = fixture.Portal.CreatePortalClient();

        using var response = await client.SignInAsync("khong.ton.tai", "mat-khau-bat-ky-123");

        PortalClient.Text(await response.Content.ReadAsStringAsync()).ShouldContain(SignInUser.InvalidMessage);
    }

    [Fact]
    public async Task EmptyForm_ShowsVietnameseMessages_NotA500()
    {
        using var client = fixture.Portal.CreatePortalClient();

        using var response = await client.SignInAsync(string.Empty, string.Empty);
        var text = PortalClient.Text(await response.Content.ReadAsStringAsync());

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        text.ShouldContain("Vui lòng nhập tên đăng nhập.");
        text.ShouldContain("Vui lòng nhập mật khẩu.");
    }

    [Fact]
    public async Task SixthAttempt_AfterFiveFailures_IsLockedForFifteenMinutes()
    {
        var userName = await fixture.CreateUserAsync(DemoTenants.ThaiBinhCode, "SYT", Roles.UnitStaff);
        using var client = fixture.Portal.CreatePortalClient();
        for (var i = 0; i < 4; i++)
        {
            using var failed = await client.SignInAsync(userName, "sai-mat-khau-" + i);
            PortalClient.Text(await failed.Content.ReadAsStringAsync()).ShouldContain(SignInUser.InvalidMessage);
        }

        // The fifth failure locks the account, and says so.
        using (var fifth = await client.SignInAsync(userName, "sai-mat-khau-4"))
        {
            PortalClient.Text(await fifth.Content.ReadAsStringAsync()).ShouldContain(SignInUser.LockedMessage);
        }

        using (var locked = await client.SignInAsync(userName, DemoAccounts.Password))
        {
            locked.StatusCode.ShouldBe(HttpStatusCode.OK);
            PortalClient.Text(await locked.Content.ReadAsStringAsync()).ShouldContain(SignInUser.LockedMessage);
        }

        fixture.Clock.Advance(TimeSpan.FromMinutes(14));
        using (var stillLocked = await client.SignInAsync(userName, DemoAccounts.Password))
        {
            PortalClient.Text(await stillLocked.Content.ReadAsStringAsync()).ShouldContain(SignInUser.LockedMessage);
        }

        fixture.Clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        using var afterLockout = await client.SignInAsync(userName, DemoAccounts.Password);
        afterLockout.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/Units")]
    [InlineData("/Units/Details/0193a0b0-0000-7000-8000-000000000001")]
    [InlineData("/Users")]
    [InlineData("/Tenants")]
    [InlineData("/Account/ChangePassword")]
    public async Task AnonymousRequest_IsRedirectedToSignIn(string url)
    {
        using var client = fixture.Portal.CreatePortalClient();

        using var response = await client.GetAsync(url);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldStartWith("http://localhost/Account/Login");
    }

    [Fact]
    public async Task StoredPasswordHash_UsesAtLeast210000Pbkdf2Iterations()
    {
        var hash = await fixture.Portal.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Infrastructure.Identity.AppUser>>();
            return (await users.FindByNameAsync("tb.canbo"))!.PasswordHash!;
        });

        var bytes = Convert.FromBase64String(hash);
        bytes[0].ShouldBe((byte)0x01);
        var iterations = (bytes[5] << 24) | (bytes[6] << 16) | (bytes[7] << 8) | bytes[8];
        iterations.ShouldBeGreaterThanOrEqualTo(210_000);
    }
}
