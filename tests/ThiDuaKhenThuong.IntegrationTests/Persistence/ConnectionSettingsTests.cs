using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Infrastructure.Seeding;
using ThiDuaKhenThuong.Infrastructure.Tenancy;
using ThiDuaKhenThuong.TestKit;

namespace ThiDuaKhenThuong.IntegrationTests.Persistence;

/// <summary>The app's connections keep generic plans for their prepared statements; a report asks for planning with its values.</summary>
[Collection(PortalCollection.Name)]
public sealed class ConnectionSettingsTests(PortalFixture fixture)
{
    [Fact]
    public async Task AppConnections_UseGenericPlans_AndAreBackToThemAfterAReport()
    {
        var thaiBinh = await fixture.TenantIdAsync(DemoTenants.ThaiBinhCode);
        var (before, after) = await fixture.Portal.WithScopeAsync(async sp =>
        {
            using var scope = sp.GetRequiredService<ITenantContext>().Use(thaiBinh);
            var db = sp.GetRequiredService<AppDbContext>();
            await db.Database.OpenConnectionAsync();
            var first = await PlanCacheModeAsync(db);
            await db.Database.ExecuteSqlRawAsync("SET plan_cache_mode = auto");
            await db.Database.ExecuteSqlRawAsync("RESET plan_cache_mode");
            return (first, await PlanCacheModeAsync(db));
        });

        before.ShouldBe("force_generic_plan");
        after.ShouldBe("force_generic_plan");
    }

    private static async Task<string> PlanCacheModeAsync(AppDbContext db)
        => (await db.Database.SqlQueryRaw<string>("SELECT current_setting('plan_cache_mode') AS \"Value\"").ToListAsync()).Single();
}
