using System.Net;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Organisation;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Infrastructure.Seeding;
using ThiDuaKhenThuong.Infrastructure.Tenancy;
using ThiDuaKhenThuong.TestKit;

namespace ThiDuaKhenThuong.IntegrationTests.Tenancy;

/// <summary>A user of one province never sees, nor reaches by id, anything of another province.</summary>
[Collection(PortalCollection.Name)]
public sealed class IsolationTests(PortalFixture fixture) : IAsyncLifetime
{
    private const string ThaiBinhMarker = "DẤU-RIÊNG-THÁI-BÌNH";
    private const string HungYenMarker = "DẤU-RIÊNG-HƯNG-YÊN";

    private Guid thaiBinhUnit;
    private Guid hungYenUnit;
    private Guid hungYenUser;

    public async Task InitializeAsync()
    {
        thaiBinhUnit = await EnsureMarkerUnitAsync(DemoTenants.ThaiBinhCode, "MARK-TB", ThaiBinhMarker);
        hungYenUnit = await EnsureMarkerUnitAsync(DemoTenants.HungYenCode, "MARK-HY", HungYenMarker);
        hungYenUser = await fixture.Portal.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Users.Where(u => u.UserName == "hy.canbo").Select(u => u.Id).SingleAsync());
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("tb.quantri")]
    [InlineData("tb.canbo")]
    [InlineData("tb.lanhdao")]
    public async Task OtherProvincesUnit_ById_IsNotFound(string userName)
    {
        using var client = fixture.Portal.CreatePortalClient();
        await client.SignInOrFailAsync(userName, DemoAccounts.Password);

        (await client.GetAsync($"/Units/Details/{thaiBinhUnit}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var foreign = await client.GetAsync($"/Units/Details/{hungYenUnit}");

        foreign.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        PortalClient.Text(await foreign.Content.ReadAsStringAsync()).ShouldNotContain(HungYenMarker);
    }

    [Fact]
    public async Task OtherProvincesAccount_ById_IsNotFound_ForTheAdministrator()
    {
        using var client = fixture.Portal.CreatePortalClient();
        await client.SignInOrFailAsync("tb.quantri", DemoAccounts.Password);

        using var foreign = await client.GetAsync($"/Users/Details/{hungYenUser}");

        foreign.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("tb.quantri", ThaiBinhMarker, HungYenMarker)]
    [InlineData("hy.quantri", HungYenMarker, ThaiBinhMarker)]
    public async Task NoPage_ShowsAnotherProvincesData(string userName, string ownMarker, string otherMarker)
    {
        using var client = fixture.Portal.CreatePortalClient();
        await client.SignInOrFailAsync(userName, DemoAccounts.Password);
        var pages = new[] { "/", "/Units", "/Units?q=dau%20rieng", "/Units?sort=code", "/Users", "/Users?q=nguyen" };

        var seenOwn = false;
        foreach (var page in pages)
        {
            var html = await client.GetStringAsync(page);
            html.ShouldNotContain(otherMarker);
            html.ShouldNotContain(otherMarker == HungYenMarker ? "hy.canbo" : "tb.canbo");
            seenOwn |= html.Contains(ownMarker, StringComparison.Ordinal);
        }

        seenOwn.ShouldBeTrue("the province's own marker unit must be listed, or the test proves nothing");
    }

    [Fact]
    public async Task UnitStaff_CannotOpenTheAdministratorsPages()
    {
        using var client = fixture.Portal.CreatePortalClient();
        await client.SignInOrFailAsync("tb.canbo", DemoAccounts.Password);

        (await client.GetAsync("/Users")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetAsync("/Tenants")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetAsync("/Users")).Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
    }

    [Fact]
    public async Task SystemAdministrator_SeesTheProvinces_ButNoProvincesUnits()
    {
        using var client = fixture.Portal.CreatePortalClient();
        await client.SignInOrFailAsync("sysadmin", DemoAccounts.Password);

        var tenants = PortalClient.Text(await client.GetStringAsync("/Tenants"));
        tenants.ShouldContain("Tỉnh Thái Bình");
        tenants.ShouldContain("Tỉnh Hưng Yên");
        (await client.GetAsync($"/Units/Details/{thaiBinhUnit}")).StatusCode.ShouldNotBe(HttpStatusCode.OK);
    }

    private async Task<Guid> EnsureMarkerUnitAsync(string tenantCode, string code, string name)
    {
        var tenantId = await fixture.TenantIdAsync(tenantCode);
        return await fixture.Portal.WithScopeAsync(async sp =>
        {
            using var scope = sp.GetRequiredService<ITenantContext>().Use(tenantId);
            var db = sp.GetRequiredService<AppDbContext>();
            var existing = await db.Units.Where(u => u.Code == code).Select(u => (Guid?)u.Id).SingleOrDefaultAsync();
            if (existing is { } id)
            {
                return id;
            }

            var unit = new Unit(tenantId, Guid.CreateVersion7(), code, name, UnitKind.Other, null, new DateOnly(2025, 1, 1));
            db.Units.Add(unit);
            await db.SaveChangesAsync();
            return unit.Id;
        });
    }
}
