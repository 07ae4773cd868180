using Microsoft.EntityFrameworkCore;
using Npgsql;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Infrastructure.Seeding;
using ThiDuaKhenThuong.Infrastructure.Tenancy;
using ThiDuaKhenThuong.TestKit;

namespace ThiDuaKhenThuong.IntegrationTests.Tenancy;

/// <summary>
/// The database's own wall (row-level security on <c>app.tenant_id</c>) follows the current province on every statement
/// of a context, however the connection is used: the EF filter is switched off here, so only PostgreSQL decides what is
/// seen.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class TenantSettingTests(PortalFixture fixture)
{
    [Fact]
    public async Task ChangingProvince_OnAnOpenConnection_ShowsOnlyTheNewProvincesRows()
    {
        var thaiBinh = await fixture.TenantIdAsync(DemoTenants.ThaiBinhCode);
        var hungYen = await fixture.TenantIdAsync(DemoTenants.HungYenCode);
        var seen = await fixture.Portal.WithScopeAsync(async sp =>
        {
            var tenant = sp.GetRequiredService<ITenantContext>();
            var db = sp.GetRequiredService<AppDbContext>();
            await db.Database.OpenConnectionAsync();
            var result = new List<List<Guid>>();
            foreach (var province in new Guid?[] { thaiBinh, hungYen, null })
            {
                using (tenant.Use(province))
                {
                    result.Add(await ProvincesSeenAsync(db));
                }
            }

            return result;
        });

        seen[0].ShouldBe([thaiBinh]);
        seen[1].ShouldBe([hungYen]);
        seen[2].ShouldBeEmpty();
    }

    [Fact]
    public async Task AfterARolledBackTransaction_TheProvinceIsStillSet()
    {
        var thaiBinh = await fixture.TenantIdAsync(DemoTenants.ThaiBinhCode);
        var (inside, after) = await fixture.Portal.WithScopeAsync(async sp =>
        {
            using var scope = sp.GetRequiredService<ITenantContext>().Use(thaiBinh);
            var db = sp.GetRequiredService<AppDbContext>();
            await db.Database.OpenConnectionAsync();
            List<Guid> inside;
            await using (var transaction = await db.Database.BeginTransactionAsync())
            {
                inside = await ProvincesSeenAsync(db);
                await transaction.RollbackAsync();
            }

            return (inside, await ProvincesSeenAsync(db));
        });

        inside.ShouldBe([thaiBinh]);
        after.ShouldBe([thaiBinh]);
    }

    [Fact]
    public async Task AfterAFailedQuery_TheProvinceIsStillSet()
    {
        var thaiBinh = await fixture.TenantIdAsync(DemoTenants.ThaiBinhCode);
        var seen = await fixture.Portal.WithScopeAsync(async sp =>
        {
            using var scope = sp.GetRequiredService<ITenantContext>().Use(thaiBinh);
            var db = sp.GetRequiredService<AppDbContext>();
            await db.Database.OpenConnectionAsync();

            // The first statement on the connection fails in PostgreSQL (division by zero), undoing whatever ran with it.
            await Should.ThrowAsync<PostgresException>(() => db.Units.IgnoreQueryFilters([AppDbContext.TenantFilter])
                .Select(u => 1 / (u.Code.Length - u.Code.Length)).ToListAsync());

            return await ProvincesSeenAsync(db);
        });

        seen.ShouldBe([thaiBinh]);
    }

    [Fact]
    public async Task ASaveAsTheConnectionsFirstStatement_IsAcceptedForTheProvince()
    {
        var thaiBinh = await fixture.TenantIdAsync(DemoTenants.ThaiBinhCode);
        var stored = await fixture.Portal.WithScopeAsync(async sp =>
        {
            using var scope = sp.GetRequiredService<ITenantContext>().Use(thaiBinh);
            var db = sp.GetRequiredService<AppDbContext>();
            var code = $"RLS-{Guid.NewGuid():N}"[..20].ToUpperInvariant();
            db.Units.Add(new Domain.Organisation.Unit(thaiBinh, Guid.CreateVersion7(), code, "Đơn vị kiểm tra thiết lập tỉnh", Domain.Organisation.UnitKind.Other, null, new DateOnly(2025, 1, 1)));

            await db.SaveChangesAsync();

            return await db.Units.IgnoreQueryFilters([AppDbContext.TenantFilter]).CountAsync(u => u.Code == code);
        });

        stored.ShouldBe(1);
    }

    private static Task<List<Guid>> ProvincesSeenAsync(AppDbContext db)
        => db.Units.IgnoreQueryFilters([AppDbContext.TenantFilter]).Select(u => u.TenantId).Distinct().ToListAsync();
}
