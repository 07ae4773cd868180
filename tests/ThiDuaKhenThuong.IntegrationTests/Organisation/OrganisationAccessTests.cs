using System.Net;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Infrastructure.Seeding;
using ThiDuaKhenThuong.Infrastructure.Tenancy;
using ThiDuaKhenThuong.TestKit;

namespace ThiDuaKhenThuong.IntegrationTests.Organisation;

/// <summary>Only the province's administrator reaches the organisation pages, and only for the province's own units and groups.</summary>
[Collection(PortalCollection.Name)]
public sealed class OrganisationAccessTests(PortalFixture fixture)
{
    private static readonly string[] Operations = ["Rename", "Transfer", "Merge", "Absorb", "Split", "Abolish"];

    [Theory]
    [InlineData("tb.canbo")]
    [InlineData("tb.truongban")]
    [InlineData("tb.lanhdao")]
    public async Task OtherRoles_AreDeniedTheManagementPages(string userName)
    {
        var (unit, group) = await ThaiBinhAsync();
        var org = await OrganisationSteps.SignInAsync(fixture, userName);
        var pages = Operations.Select(o => $"/Organisation/{o}/{unit}")
            .Concat(["/Organisation/CreateUnit", "/EmulationGroups", $"/EmulationGroups/Details/{group}", "/EmulationGroups/Create", $"/EmulationGroups/Edit/{group}"]);

        foreach (var page in pages)
        {
            using var response = await org.Client.GetAsync(page);
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, page);
            response.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
        }

        using var post = await org.PostAsync("/Units", $"/Organisation/Abolish/{unit}", new() { ["Effective"] = "2026-01-01", ["DecisionNumber"] = "1", ["DecisionDate"] = "2026-01-01", ["Confirmed"] = "true" });
        post.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
        using var copy = await org.PostAsync("/Units", "/EmulationGroups/Copy", new() { ["year"] = "2025" });
        copy.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
        (await org.DbAsync(db => db.Units.Where(u => u.Id == unit).Select(u => u.ValidTo).SingleAsync())).ShouldBeNull();
        (await org.PageTextAsync("/Units")).ShouldNotContain("Thêm đơn vị");
    }

    [Fact]
    public async Task AnotherProvincesUnitOrGroup_IsNotFound_EvenForItsAdministrator()
    {
        var (unit, group) = await ThaiBinhAsync();
        var org = await OrganisationSteps.SignInAsync(fixture, "hy.quantri");

        foreach (var page in Operations.Select(o => $"/Organisation/{o}/{unit}").Append($"/EmulationGroups/Details/{group}").Append($"/EmulationGroups/Edit/{group}"))
        {
            using var response = await org.Client.GetAsync(page);
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, page);
        }

        using var abolish = await org.PostAsync("/Units", $"/Organisation/Abolish/{unit}", new() { ["Effective"] = "2026-01-01", ["DecisionNumber"] = "1", ["DecisionDate"] = "2026-01-01", ["Confirmed"] = "true" });
        abolish.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var member = await org.PostAsync("/Units", $"/EmulationGroups/AddMember/{group}", new() { ["UnitId"] = unit.ToString(), ["From"] = "2025-01-01" });
        member.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await org.PageTextAsync("/EmulationGroups?year=2025")).ShouldNotContain("Khối các cơ quan kinh tế");
        (await org.DbAsync(db => db.Units.Where(u => u.Id == unit).Select(u => u.ValidTo).SingleAsync())).ShouldBeNull();
    }

    [Fact]
    public async Task TheAdministrator_ReachesThePages()
    {
        var (unit, group) = await ThaiBinhAsync();
        var org = await OrganisationSteps.SignInAsync(fixture);

        foreach (var page in Operations.Select(o => $"/Organisation/{o}/{unit}").Concat(["/Organisation/CreateUnit", "/EmulationGroups", $"/EmulationGroups/Details/{group}"]))
        {
            using var response = await org.Client.GetAsync(page);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, page);
        }

        (await org.PageTextAsync($"/Units/Details/{unit}")).ShouldContain("Sắp xếp tổ chức: Đổi tên");
    }

    private async Task<(Guid Unit, Guid Group)> ThaiBinhAsync()
    {
        var tenantId = await fixture.TenantIdAsync(DemoTenants.ThaiBinhCode);
        return await fixture.Portal.WithScopeAsync(async sp =>
        {
            using var scope = sp.GetRequiredService<ITenantContext>().Use(tenantId);
            var db = sp.GetRequiredService<AppDbContext>();
            return (await db.Units.Where(u => u.Code == "SKHCN").Select(u => u.Id).SingleAsync(),
                await db.EmulationGroups.Where(g => g.Year == 2025 && g.Code == "K-KINHTE").Select(g => g.Id).SingleAsync());
        });
    }
}
