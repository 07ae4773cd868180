using System.Net;
using System.Text.RegularExpressions;
using ThiDuaKhenThuong.Domain.Identity;
using ThiDuaKhenThuong.Infrastructure.Identity;
using ThiDuaKhenThuong.Infrastructure.Seeding;
using ThiDuaKhenThuong.TestKit;
using ThiDuaKhenThuong.Web.Features.Account;

namespace ThiDuaKhenThuong.IntegrationTests.Account;

/// <summary>
/// Two-step sign-in with an authenticator app (QUALITY: required for TenantAdmin, SystemAdmin, Leader, CouncilMember;
/// a code works once). The test plays the user's phone with the key the setup page shows.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed partial class TwoFactorTests(PortalFixture fixture)
{
    [Fact]
    public async Task RequiredRole_MustSetUpTwoStepSignIn_ThenEverySignInAsksForACode_AndACodeWorksOnce()
    {
        var portal = fixture.CreatePortal(new Dictionary<string, string?> { ["Security:TwoFactorRequiredRoles"] = $"{Roles.Leader},{Roles.CouncilMember}" });
        var userName = await fixture.CreateUserAsync(DemoTenants.ThaiBinhCode, "UBND", Roles.Leader);
        using var client = portal.CreatePortalClient();
        await client.SignInOrFailAsync(userName, DemoAccounts.Password);

        using (var blocked = await client.GetAsync("/Dossiers"))
        {
            blocked.StatusCode.ShouldBe(HttpStatusCode.SeeOther);
            blocked.Headers.Location!.ToString().ShouldBe("/Account/TwoFactorSetup");
        }

        var setup = await client.GetStringAsync("/Account/TwoFactorSetup");
        PortalClient.Text(setup).ShouldContain("bắt buộc dùng xác thực hai bước");
        setup.ShouldContain("data:image/png;base64,", Case.Sensitive, "a QR code to scan");
        var key = Key().Match(setup).Groups[1].Value.Replace(" ", string.Empty, StringComparison.Ordinal);
        key.Length.ShouldBeGreaterThanOrEqualTo(16);

        (await PostCodeAsync(client, "/Account/TwoFactorSetup", "/Account/TwoFactorSetup", "000000")).ShouldContain(TwoFactor.WrongCodeMessage);
        using (var enabled = await client.PostFormAsync("/Account/TwoFactorSetup", "/Account/TwoFactorSetup", new Dictionary<string, string> { ["Code"] = Code(portal, key) }))
        {
            enabled.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        (await client.GetAsync("/Dossiers")).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var again = portal.CreatePortalClient();
        using (var password = await again.SignInAsync(userName, DemoAccounts.Password))
        {
            password.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            password.Headers.Location!.ToString().ShouldStartWith("/Account/TwoFactor");
        }

        (await again.GetAsync("/Dossiers")).StatusCode.ShouldBe(HttpStatusCode.Redirect, "the password alone does not sign in");
        (await PostCodeAsync(again, "/Account/TwoFactor", "/Account/TwoFactor", Code(portal, key))).ShouldContain(TwoFactor.WrongCodeMessage, customMessage: "the code used to set up cannot be used again");

        portal.Clock.Advance(TimeSpan.FromSeconds(30));
        using (var signedIn = await again.PostFormAsync("/Account/TwoFactor", "/Account/TwoFactor", new Dictionary<string, string> { ["Code"] = Code(portal, key) }))
        {
            signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            signedIn.Headers.Location!.ToString().ShouldBe("/");
        }

        PortalClient.Text(await again.GetStringAsync("/")).ShouldContain("Người dùng thử");
        using var third = portal.CreatePortalClient();
        await third.SignInAsync(userName, DemoAccounts.Password);
        (await PostCodeAsync(third, "/Account/TwoFactor", "/Account/TwoFactor", Code(portal, key))).ShouldContain(TwoFactor.WrongCodeMessage, customMessage: "a code works once");
    }

    [Fact]
    public async Task WrongCodes_LockTheAccountLikeWrongPasswords()
    {
        var portal = fixture.CreatePortal(new Dictionary<string, string?> { ["Security:TwoFactorRequiredRoles"] = Roles.CouncilMember });
        var userName = await fixture.CreateUserAsync(DemoTenants.ThaiBinhCode, "SNV", Roles.CouncilMember);
        using var client = portal.CreatePortalClient();
        await client.SignInOrFailAsync(userName, DemoAccounts.Password);
        var key = Key().Match(await client.GetStringAsync("/Account/TwoFactorSetup")).Groups[1].Value.Replace(" ", string.Empty, StringComparison.Ordinal);
        using (await client.PostFormAsync("/Account/TwoFactorSetup", "/Account/TwoFactorSetup", new Dictionary<string, string> { ["Code"] = Code(portal, key) }))
        {
        }

        using var attacker = portal.CreatePortalClient();
        await attacker.SignInAsync(userName, DemoAccounts.Password);
        string last = string.Empty;
        for (var i = 0; i < 5; i++)
        {
            last = await PostCodeAsync(attacker, "/Account/TwoFactor", "/Account/TwoFactor", $"12345{i}");
        }

        last.ShouldContain(SignInUser.LockedMessage);
        portal.Clock.Advance(TimeSpan.FromSeconds(30));
        (await PostCodeAsync(attacker, "/Account/TwoFactor", "/Account/TwoFactor", Code(portal, key))).ShouldContain(SignInUser.LockedMessage, customMessage: "even the right code waits out the lockout");
    }

    [Fact]
    public async Task OptionalForOtherRoles_CanBeTurnedOnAndOffWithACode()
    {
        var portal = fixture.CreatePortal(new Dictionary<string, string?> { ["Security:TwoFactorRequiredRoles"] = Roles.Leader });
        var userName = await fixture.CreateUserAsync(DemoTenants.ThaiBinhCode, "SYT", Roles.UnitStaff);
        using var client = portal.CreatePortalClient();
        await client.SignInOrFailAsync(userName, DemoAccounts.Password);
        (await client.GetAsync("/Dossiers")).StatusCode.ShouldBe(HttpStatusCode.OK, "not required for unit staff");

        var key = Key().Match(await client.GetStringAsync("/Account/TwoFactorSetup")).Groups[1].Value.Replace(" ", string.Empty, StringComparison.Ordinal);
        using (await client.PostFormAsync("/Account/TwoFactorSetup", "/Account/TwoFactorSetup", new Dictionary<string, string> { ["Code"] = Code(portal, key) }))
        {
        }

        PortalClient.Text(await client.GetStringAsync("/Account/TwoFactorSetup")).ShouldContain("Tài khoản đang dùng xác thực hai bước");
        portal.Clock.Advance(TimeSpan.FromSeconds(30));
        using (var off = await client.PostFormAsync("/Account/TwoFactorSetup", "/Account/TwoFactorDisable", new Dictionary<string, string> { ["Code"] = Code(portal, key) }))
        {
            off.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        PortalClient.Text(await client.GetStringAsync("/Account/TwoFactorSetup")).ShouldContain("Đã tắt xác thực hai bước.");
        using var again = portal.CreatePortalClient();
        await again.SignInOrFailAsync(userName, DemoAccounts.Password);
        (await again.GetAsync("/Dossiers")).StatusCode.ShouldBe(HttpStatusCode.OK, "a password alone signs in again");
    }

    private static string Code(PortalFactory portal, string key) => TotpAuthenticator.CodeFor(key, portal.Clock.GetUtcNow());

    private static async Task<string> PostCodeAsync(PortalClient client, string page, string action, string code)
    {
        using var response = await client.PostFormAsync(page, action, new Dictionary<string, string> { ["Code"] = code });
        var body = response.StatusCode == HttpStatusCode.Redirect
            ? await client.GetStringAsync(response.Headers.Location!.ToString())
            : await response.Content.ReadAsStringAsync();
        return PortalClient.Text(body);
    }

    [GeneratedRegex("data-testid=\"two-factor-key\">([A-Z2-7 ]+)<")]
    private static partial Regex Key();
}
