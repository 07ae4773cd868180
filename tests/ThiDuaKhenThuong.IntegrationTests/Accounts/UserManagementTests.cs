using System.Net;
using System.Text.RegularExpressions;
using ThiDuaKhenThuong.Domain.Identity;
using ThiDuaKhenThuong.Infrastructure.Seeding;
using ThiDuaKhenThuong.TestKit;
using static ThiDuaKhenThuong.IntegrationTests.Accounts.AccountsTestKit;

namespace ThiDuaKhenThuong.IntegrationTests.Accounts;

[Collection(PortalCollection.Name)]
public sealed partial class UserManagementTests(PortalFixture fixture)
{
    private const string Strong = "cay-lua-xanh-tuoi-2025";

    [Fact]
    public async Task Create_WithPassword_TheAccountSignsIn_AndTheCreationIsRecorded()
    {
        using var admin = await SignedInAsync(fixture, "tb.quantri");
        var name = NewName("nv");

        using var response = await admin.PostFormAsync("/Users/Create", "/Users/Create", Fields(name, await UnitIdAsync(fixture, DemoTenants.ThaiBinhCode, "SYT"), Roles.UnitStaff, Strong));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var details = PortalClient.Text(await admin.GetStringAsync(response.Headers.Location!.ToString()));
        details.ShouldContain("Nguyễn Văn Bình");
        details.ShouldContain("Sở Y tế");
        details.ShouldContain("Tạo mới");
        details.ShouldContain("Hoàng Anh Dũng");
        using var user = await SignedInAsync(fixture, name, Strong);
        PortalClient.Text(await user.GetStringAsync("/")).ShouldContain("Tỉnh Thái Bình");
    }

    [Fact]
    public async Task Create_WithoutPassword_ShowsAGeneratedPasswordOnce_ThatSignsIn()
    {
        using var admin = await SignedInAsync(fixture, "tb.quantri");
        var name = NewName("nv");

        using var response = await admin.PostFormAsync("/Users/Create", "/Users/Create", Fields(name, await UnitIdAsync(fixture, DemoTenants.ThaiBinhCode, "SYT"), Roles.UnitStaff, string.Empty));

        var url = response.Headers.Location!.ToString();
        var password = Password().Match(await admin.GetStringAsync(url));
        password.Success.ShouldBeTrue();
        (await admin.GetStringAsync(url)).ShouldNotContain("generated-password");
        using var user = await SignedInAsync(fixture, name, password.Groups[1].Value);
    }

    [Fact]
    public async Task Create_IgnoresAPostedTenantId_AndRefusesAnotherProvincesUnit()
    {
        using var admin = await SignedInAsync(fixture, "tb.quantri");
        var hungYen = await fixture.TenantIdAsync(DemoTenants.HungYenCode);
        var foreignUnit = NewName("nv");
        var fields = Fields(foreignUnit, await UnitIdAsync(fixture, DemoTenants.HungYenCode, "SYT"), Roles.UnitStaff, Strong);
        fields["TenantId"] = hungYen.ToString();

        using (var refused = await admin.PostFormAsync("/Users/Create", "/Users/Create", fields))
        {
            refused.StatusCode.ShouldBe(HttpStatusCode.OK);
            var html = await refused.Content.ReadAsStringAsync();
            PortalClient.Text(html).ShouldContain("Đơn vị không thuộc tỉnh của bạn.");
            html.ShouldContain($"value=\"{foreignUnit}\"");
        }

        var ownUnit = NewName("nv");
        var accepted = Fields(ownUnit, await UnitIdAsync(fixture, DemoTenants.ThaiBinhCode, "SYT"), Roles.UnitStaff, Strong);
        accepted["TenantId"] = hungYen.ToString();
        using (var created = await admin.PostFormAsync("/Users/Create", "/Users/Create", accepted))
        {
            created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        (await FindUserAsync(fixture, DemoTenants.HungYenCode, foreignUnit)).ShouldBeNull();
        (await FindUserAsync(fixture, DemoTenants.ThaiBinhCode, foreignUnit)).ShouldBeNull();
        (await FindUserAsync(fixture, DemoTenants.HungYenCode, ownUnit)).ShouldBeNull();
        (await FindUserAsync(fixture, DemoTenants.ThaiBinhCode, ownUnit)).ShouldNotBeNull();
    }

    [Theory]
    [InlineData("ngan", "Mật khẩu phải dài từ 12 đến 128 ký tự.")]
    [InlineData("{name}-mat-khau-dai", "chứa tên đăng nhập")]
    public async Task Create_WithAWeakPassword_KeepsTheInputAndSaysWhy(string password, string message)
    {
        using var admin = await SignedInAsync(fixture, "tb.quantri");
        var name = NewName("nv");

        using var response = await admin.PostFormAsync("/Users/Create", "/Users/Create", Fields(name, await UnitIdAsync(fixture, DemoTenants.ThaiBinhCode, "SYT"), Roles.UnitStaff, password.Replace("{name}", name, StringComparison.Ordinal)));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        PortalClient.Text(html).ShouldContain(message);
        html.ShouldContain("Nguyễn Văn Bình");
        (await FindUserAsync(fixture, DemoTenants.ThaiBinhCode, name)).ShouldBeNull();
    }

    [Fact]
    public async Task Create_WithAUserNameTakenInAnotherProvince_IsRefused()
    {
        using var admin = await SignedInAsync(fixture, "tb.quantri");

        using var response = await admin.PostFormAsync("/Users/Create", "/Users/Create", Fields("hy.canbo", await UnitIdAsync(fixture, DemoTenants.ThaiBinhCode, "SYT"), Roles.UnitStaff, Strong));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        PortalClient.Text(await response.Content.ReadAsStringAsync()).ShouldContain("Tên đăng nhập 'hy.canbo' đã được dùng.");
    }

    [Fact]
    public async Task Create_CannotGiveTheSystemAdministratorRole()
    {
        using var admin = await SignedInAsync(fixture, "tb.quantri");
        var name = NewName("nv");

        using var response = await admin.PostFormAsync("/Users/Create", "/Users/Create", Fields(name, await UnitIdAsync(fixture, DemoTenants.ThaiBinhCode, "SYT"), Roles.SystemAdmin, Strong));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        PortalClient.Text(await response.Content.ReadAsStringAsync()).ShouldContain("không được phép gán");
        (await FindUserAsync(fixture, DemoTenants.ThaiBinhCode, name)).ShouldBeNull();
    }

    [Theory]
    [InlineData("tb.canbo")]
    [InlineData("tb.truongban")]
    [InlineData("sysadmin")]
    public async Task OnlyTheProvincesAdministrator_ReachesTheAccountPages(string userName)
    {
        using var client = await SignedInAsync(fixture, userName);

        foreach (var url in new[] { "/Users/Create", "/Users/Import", "/Users/Template" })
        {
            using var response = await client.GetAsync(url);
            response.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
        }
    }

    internal static Dictionary<string, string> Fields(string userName, Guid unitId, string role, string password) => new()
    {
        ["UserName"] = userName,
        ["FullName"] = "Nguyễn Văn Bình",
        ["Email"] = userName + "@thaibinh.gov.vn",
        ["UnitId"] = unitId.ToString(),
        ["Roles"] = role,
        ["Password"] = password,
    };

    [GeneratedRegex("data-testid=\"generated-password\">.*?<code class=\"fs-5\">([^<]+)</code>", RegexOptions.Singleline)]
    private static partial Regex Password();
}
