using System.Net;
using ThiDuaKhenThuong.Infrastructure.Seeding;
using ThiDuaKhenThuong.TestKit;
using static ThiDuaKhenThuong.IntegrationTests.Accounts.AccountsTestKit;

namespace ThiDuaKhenThuong.IntegrationTests.Accounts;

[Collection(PortalCollection.Name)]
public sealed class ProvinceTests(PortalFixture fixture)
{
    private const string AdminPassword = "song-hong-chay-mai-2025";

    [Fact]
    public async Task CreatingAProvince_ItsAdministratorSignsIn_AndSeesTheProvinceAndItsStandingAgency()
    {
        var (code, admin) = await CreateProvinceAsync();

        using var client = await SignedInAsync(fixture, admin, AdminPassword);

        PortalClient.Text(await client.GetStringAsync("/")).ShouldContain("Tỉnh Thử nghiệm " + code);
        PortalClient.Text(await client.GetStringAsync("/Units")).ShouldContain("Ban Thi đua - Khen thưởng tỉnh Thử nghiệm");
        var users = PortalClient.Text(await client.GetStringAsync("/Users"));
        users.ShouldContain(admin);
        users.ShouldNotContain("tb.quantri");
        var routes = PortalClient.Text(await client.GetStringAsync("/Workflow"));
        routes.ShouldContain("Hồ sơ đề nghị khen thưởng cấp tỉnh", Case.Insensitive, "a new province starts with the default dossier routes");
    }

    [Fact]
    public async Task ACodeInUse_IsRefused_AndTheFormKeepsWhatWasTyped()
    {
        using var sysadmin = await SignedInAsync(fixture, "sysadmin");

        using var response = await sysadmin.PostFormAsync("/Tenants/Create", "/Tenants/Create", Fields(DemoTenants.ThaiBinhCode, NewName("qt")));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        PortalClient.Text(html).ShouldContain("Mã tỉnh 'thai-binh' đã được dùng.");
        html.ShouldContain("Tỉnh Thử nghiệm thai-binh");
    }

    [Fact]
    public async Task SuspendingAProvince_EndsItsSessions_AndBlocksSignIn_UntilReactivated()
    {
        var (code, admin) = await CreateProvinceAsync();
        var tenantId = await fixture.TenantIdAsync(code);
        using var open = await SignedInAsync(fixture, admin, AdminPassword);
        using var sysadmin = await SignedInAsync(fixture, "sysadmin");

        using (var suspend = await sysadmin.PostFormAsync("/Tenants/Create", $"/Tenants/Suspend/{tenantId}", new Dictionary<string, string>()))
        {
            suspend.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        (await open.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        using var refused = fixture.Portal.CreatePortalClient();
        PortalClient.Text(await (await refused.SignInAsync(admin, AdminPassword)).Content.ReadAsStringAsync()).ShouldContain("đang tạm ngừng sử dụng hệ thống");

        using (var activate = await sysadmin.PostFormAsync("/Tenants/Create", $"/Tenants/Activate/{tenantId}", new Dictionary<string, string>()))
        {
            activate.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        using var again = await SignedInAsync(fixture, admin, AdminPassword);
    }

    [Theory]
    [InlineData("tb.quantri")]
    [InlineData("tb.lanhdao")]
    public async Task OnlyTheSystemAdministrator_ManagesProvinces(string userName)
    {
        using var client = await SignedInAsync(fixture, userName);

        (await client.GetAsync("/Tenants/Create")).Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
    }

    private async Task<(string Code, string Admin)> CreateProvinceAsync()
    {
        using var sysadmin = await SignedInAsync(fixture, "sysadmin");
        var code = "thu-" + Guid.NewGuid().ToString("N")[..8];
        var admin = NewName("qt");
        using var response = await sysadmin.PostFormAsync("/Tenants/Create", "/Tenants/Create", Fields(code, admin));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, PortalClient.Text(await response.Content.ReadAsStringAsync()));
        return (code, admin);
    }

    private static Dictionary<string, string> Fields(string code, string admin) => new()
    {
        ["Code"] = code,
        ["Name"] = "Tỉnh Thử nghiệm " + code,
        ["StandingAgencyName"] = "Ban Thi đua - Khen thưởng tỉnh Thử nghiệm",
        ["AdminUserName"] = admin,
        ["AdminFullName"] = "Đinh Quang Minh",
        ["AdminEmail"] = admin + "@thunghiem.gov.vn",
        ["AdminPassword"] = AdminPassword,
    };
}
