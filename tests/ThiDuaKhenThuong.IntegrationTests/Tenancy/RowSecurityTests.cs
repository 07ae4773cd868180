using Microsoft.EntityFrameworkCore;
using Npgsql;
using ThiDuaKhenThuong.Domain.Organisation;
using ThiDuaKhenThuong.Domain.Tenancy;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Infrastructure.Seeding;
using ThiDuaKhenThuong.Infrastructure.Tenancy;
using ThiDuaKhenThuong.TestKit;

namespace ThiDuaKhenThuong.IntegrationTests.Tenancy;

/// <summary>The database wall: row-level security holds even when the application code is bypassed.</summary>
[Collection(PortalCollection.Name)]
public sealed class RowSecurityTests(PortalFixture fixture)
{
    [Fact]
    public async Task AppRole_WithNoTenantSet_SeesNoRows()
    {
        await using var connection = new NpgsqlConnection(fixture.Database.AppConnectionString);
        await connection.OpenAsync();

        (await CountAsync(connection, "SELECT count(*) FROM units")).ShouldBe(0);
        (await CountAsync(connection, "SELECT count(*) FROM emulation_groups")).ShouldBe(0);
        (await CountAsync(connection, "SELECT count(*) FROM emulation_group_members")).ShouldBe(0);
    }

    [Fact]
    public async Task AppRole_SeesOnlyTheRowsOfTheTenantItSet()
    {
        var thaiBinh = await fixture.TenantIdAsync(DemoTenants.ThaiBinhCode);
        await using var connection = new NpgsqlConnection(fixture.Database.AppConnectionString);
        await connection.OpenAsync();
        await SetTenantAsync(connection, thaiBinh);

        var all = await CountAsync(connection, "SELECT count(*) FROM units");
        var own = await CountAsync(connection, $"SELECT count(*) FROM units WHERE tenant_id = '{thaiBinh}'");

        all.ShouldBeGreaterThan(40);
        all.ShouldBe(own);
    }

    [Fact]
    public async Task AppRole_InsertingARowOfAnotherTenant_IsRefusedByTheDatabase()
    {
        var thaiBinh = await fixture.TenantIdAsync(DemoTenants.ThaiBinhCode);
        var hungYen = await fixture.TenantIdAsync(DemoTenants.HungYenCode);
        await using var connection = new NpgsqlConnection(fixture.Database.AppConnectionString);
        await connection.OpenAsync();
        await SetTenantAsync(connection, thaiBinh);

        await using var insert = new NpgsqlCommand(
            "INSERT INTO units (tenant_id, id, code, name, kind, valid_from) VALUES (@t, @id, 'XAM-NHAP', 'Đơn vị xâm nhập', 'Other', '2025-01-01')", connection);
        insert.Parameters.AddWithValue("t", hungYen);
        insert.Parameters.AddWithValue("id", Guid.CreateVersion7());
        var error = await Should.ThrowAsync<PostgresException>(() => insert.ExecuteNonQueryAsync());

        error.SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege);
    }

    [Fact]
    public async Task AppRole_WithNoTenantSet_CannotInsertAnything()
    {
        var thaiBinh = await fixture.TenantIdAsync(DemoTenants.ThaiBinhCode);
        await using var connection = new NpgsqlConnection(fixture.Database.AppConnectionString);
        await connection.OpenAsync();

        await using var insert = new NpgsqlCommand(
            "INSERT INTO units (tenant_id, id, code, name, kind, valid_from) VALUES (@t, @id, 'KHONG-TINH', 'Không tỉnh', 'Other', '2025-01-01')", connection);
        insert.Parameters.AddWithValue("t", thaiBinh);
        insert.Parameters.AddWithValue("id", Guid.CreateVersion7());

        (await Should.ThrowAsync<PostgresException>(() => insert.ExecuteNonQueryAsync())).SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege);
    }

    [Fact]
    public async Task OwnerRole_IsBoundByRowSecurityToo()
    {
        await using var connection = new NpgsqlConnection(fixture.Database.OwnerConnectionString);
        await connection.OpenAsync();

        (await CountAsync(connection, "SELECT count(*) FROM units")).ShouldBe(0);
    }

    [Fact]
    public async Task SaveChanges_RefusesARowOfAnotherTenant_AndWritesNothing()
    {
        var thaiBinh = await fixture.TenantIdAsync(DemoTenants.ThaiBinhCode);
        var hungYen = await fixture.TenantIdAsync(DemoTenants.HungYenCode);

        await fixture.Portal.WithScopeAsync(async sp =>
        {
            using var scope = sp.GetRequiredService<ITenantContext>().Use(thaiBinh);
            var db = sp.GetRequiredService<AppDbContext>();
            db.Units.Add(new Unit(hungYen, Guid.CreateVersion7(), "CHEO-TINH", "Đơn vị ghi chéo tỉnh", UnitKind.Other, null, new DateOnly(2025, 1, 1)));
            await Should.ThrowAsync<CrossTenantWriteException>(() => db.SaveChangesAsync());
            return 0;
        });

        await using var admin = new NpgsqlConnection(fixture.Database.AdminConnectionString);
        await admin.OpenAsync();
        (await CountAsync(admin, "SELECT count(*) FROM units WHERE code = 'CHEO-TINH'")).ShouldBe(0);
    }

    [Fact]
    public async Task QueryFilter_AloneKeepsTenantsApart_EvenOnAConnectionThatBypassesRowSecurity()
    {
        var thaiBinh = await fixture.TenantIdAsync(DemoTenants.ThaiBinhCode);
        var options = new DbContextOptionsBuilder<AppDbContext>()
            .UseNpgsql(fixture.Database.AdminConnectionString).UseSnakeCaseNamingConvention().Options;
        var tenant = new TenantContext();
        using var use = tenant.Use(thaiBinh);
        await using var db = new AppDbContext(options, tenant);

        var tenants = await db.Units.Select(u => u.TenantId).Distinct().ToListAsync();

        tenants.ShouldBe([thaiBinh]);
    }

    [Fact]
    public async Task ManyRequestsAlternatingTwoTenants_ThroughAPoolOfFive_NeverReturnAnotherTenantsRow()
    {
        var tenants = new[] { await fixture.TenantIdAsync(DemoTenants.ThaiBinhCode), await fixture.TenantIdAsync(DemoTenants.HungYenCode) };
        var pooled = new NpgsqlConnectionStringBuilder(fixture.Database.AppConnectionString) { MaxPoolSize = 5, Pooling = true }.ConnectionString;
        var wrong = 0;
        var total = 0;

        await Parallel.ForAsync(0, 10_000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
        {
            var expected = tenants[i % 2];
            var tenant = new TenantContext();
            using var use = tenant.Use(expected);
            var options = new DbContextOptionsBuilder<AppDbContext>()
                .UseNpgsql(pooled).UseSnakeCaseNamingConvention()
                .AddInterceptors(new TenantConnectionInterceptor(tenant)).Options;
            await using var db = new AppDbContext(options, tenant);
            // Raw SQL: only row security filters this query, so a leaked setting would show.
            var seen = await db.Database.SqlQueryRaw<Guid>("SELECT tenant_id AS \"Value\" FROM units").ToListAsync(ct);
            Interlocked.Add(ref wrong, seen.Count(t => t != expected));
            Interlocked.Add(ref total, seen.Count);
        });

        wrong.ShouldBe(0);
        total.ShouldBeGreaterThan(10_000);
    }

    private static async Task SetTenantAsync(NpgsqlConnection connection, Guid tenantId)
    {
        await using var set = new NpgsqlCommand("SELECT set_config('app.tenant_id', @t, false)", connection);
        set.Parameters.AddWithValue("t", tenantId.ToString());
        await set.ExecuteNonQueryAsync();
    }

    private static async Task<long> CountAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
