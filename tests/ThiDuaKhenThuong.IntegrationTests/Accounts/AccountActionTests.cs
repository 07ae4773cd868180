using System.Net;
using System.Text.RegularExpressions;
using ThiDuaKhenThuong.Domain.Identity;
using ThiDuaKhenThuong.Infrastructure.Seeding;
using ThiDuaKhenThuong.TestKit;
using static ThiDuaKhenThuong.IntegrationTests.Accounts.AccountsTestKit;

namespace ThiDuaKhenThuong.IntegrationTests.Accounts;

[Collection(PortalCollection.Name)]
public sealed partial class AccountActionTests(PortalFixture fixture)
{
    [Fact]
    public async Task Disable_EndsOpenSessions_AndBlocksSignIn_UntilEnabledAgain()
    {
        var name = await fixture.CreateUserAsync(DemoTenants.ThaiBinhCode, "SYT", Roles.UnitStaff);
        var id = await UserIdAsync(fixture, DemoTenants.ThaiBinhCode, name);
        using var user = await SignedInAsync(fixture, name);
        using var admin = await SignedInAsync(fixture, "tb.quantri");

        (await PostAsync(admin, id, "Disable")).ShouldBe(HttpStatusCode.Redirect);

        (await user.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        using var again = fixture.Portal.CreatePortalClient();
        PortalClient.Text(await (await again.SignInAsync(name, DemoAccounts.Password)).Content.ReadAsStringAsync()).ShouldContain("Tài khoản đã bị vô hiệu hóa");
        PortalClient.Text(await admin.GetStringAsync($"/Users/Details/{id}")).ShouldContain("Đang hoạt động → Đã vô hiệu hóa");

        (await PostAsync(admin, id, "Enable")).ShouldBe(HttpStatusCode.Redirect);
        using var restored = await SignedInAsync(fixture, name);
    }

    [Fact]
    public async Task ResetPassword_TheGeneratedPasswordWorks_TheOldOneDoesNot_AndSessionsEnd()
    {
        var name = await fixture.CreateUserAsync(DemoTenants.ThaiBinhCode, "SYT", Roles.UnitStaff);
        var id = await UserIdAsync(fixture, DemoTenants.ThaiBinhCode, name);
        using var user = await SignedInAsync(fixture, name);
        using var admin = await SignedInAsync(fixture, "tb.quantri");

        (await PostAsync(admin, id, "ResetPassword")).ShouldBe(HttpStatusCode.Redirect);

        var password = Password().Match(await admin.GetStringAsync($"/Users/Details/{id}"));
        password.Success.ShouldBeTrue();
        (await user.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        using var old = fixture.Portal.CreatePortalClient();
        (await old.SignInAsync(name, DemoAccounts.Password)).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var fresh = await SignedInAsync(fixture, name, password.Groups[1].Value);
    }

    [Fact]
    public async Task ChangingRoles_EndsOpenSessions_AndTheNewRoleApplies()
    {
        var name = await fixture.CreateUserAsync(DemoTenants.ThaiBinhCode, "SYT", Roles.UnitStaff);
        var id = await UserIdAsync(fixture, DemoTenants.ThaiBinhCode, name);
        using var user = await SignedInAsync(fixture, name);
        using var admin = await SignedInAsync(fixture, "tb.quantri");
        var fields = UserManagementTests.Fields(name, await UnitIdAsync(fixture, DemoTenants.ThaiBinhCode, "SYT"), Roles.UnitLeader, string.Empty);

        using (var response = await admin.PostFormAsync($"/Users/Edit/{id}", $"/Users/Edit/{id}", fields))
        {
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        (await user.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        using var again = await SignedInAsync(fixture, name);
        PortalClient.Text(await again.GetStringAsync("/")).ShouldContain(Roles.Label(Roles.UnitLeader));
        PortalClient.Text(await admin.GetStringAsync($"/Users/Details/{id}")).ShouldContain("Vai trò: " + Roles.Label(Roles.UnitStaff) + " → " + Roles.Label(Roles.UnitLeader));
    }

    [Fact]
    public async Task Unlock_LetsALockedAccountSignInAgain()
    {
        var name = await fixture.CreateUserAsync(DemoTenants.ThaiBinhCode, "SYT", Roles.UnitStaff);
        var id = await UserIdAsync(fixture, DemoTenants.ThaiBinhCode, name);
        using var guesser = fixture.Portal.CreatePortalClient();
        for (var i = 0; i < 5; i++)
        {
            using var wrong = await guesser.SignInAsync(name, "sai-mat-khau-" + i);
        }

        using var admin = await SignedInAsync(fixture, "tb.quantri");
        PortalClient.Text(await admin.GetStringAsync($"/Users/Details/{id}")).ShouldContain("Khóa tạm thời đến");

        (await PostAsync(admin, id, "Unlock")).ShouldBe(HttpStatusCode.Redirect);

        using var user = await SignedInAsync(fixture, name);
    }

    [Fact]
    public async Task AnotherProvincesAccount_Answers404_ForEveryAction()
    {
        var name = await fixture.CreateUserAsync(DemoTenants.HungYenCode, "SYT", Roles.UnitStaff);
        var id = await UserIdAsync(fixture, DemoTenants.HungYenCode, name);
        using var admin = await SignedInAsync(fixture, "tb.quantri");

        (await admin.GetAsync($"/Users/Details/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.GetAsync($"/Users/Edit/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var fields = UserManagementTests.Fields(name, await UnitIdAsync(fixture, DemoTenants.ThaiBinhCode, "SYT"), Roles.TenantAdmin, string.Empty);
        using (var edit = await admin.PostFormAsync("/Users/Create", $"/Users/Edit/{id}", fields))
        {
            edit.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        foreach (var action in new[] { "Disable", "Enable", "Unlock", "ResetPassword" })
        {
            (await PostAsync(admin, id, action)).ShouldBe(HttpStatusCode.NotFound);
        }

        var untouched = await FindUserAsync(fixture, DemoTenants.HungYenCode, name);
        untouched!.IsDisabled.ShouldBeFalse();
        untouched.FullName.ShouldStartWith("Người dùng thử");
        using var stillWorks = await SignedInAsync(fixture, name);
    }

    private static async Task<HttpStatusCode> PostAsync(PortalClient admin, Guid id, string action)
    {
        using var response = await admin.PostFormAsync("/Users/Create", $"/Users/{action}/{id}", new Dictionary<string, string>());
        return response.StatusCode;
    }

    [GeneratedRegex("data-testid=\"generated-password\">.*?<code class=\"fs-5\">([^<]+)</code>", RegexOptions.Singleline)]
    private static partial Regex Password();
}
