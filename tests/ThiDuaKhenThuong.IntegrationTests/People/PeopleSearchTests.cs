using Npgsql;
using ThiDuaKhenThuong.Infrastructure.Seeding;
using ThiDuaKhenThuong.TestKit;

namespace ThiDuaKhenThuong.IntegrationTests.People;

/// <summary>The people search ignores diacritics through an expression the trigram index can serve.</summary>
[Collection(PortalCollection.Name)]
public sealed class PeopleSearchTests(PortalFixture fixture)
{
    [Fact]
    public async Task NameIndex_LeadsWithTenantId_AndServesTheSearchExpression()
    {
        var tenantId = await fixture.TenantIdAsync(DemoTenants.ThaiBinhCode);
        await using var connection = new NpgsqlConnection(fixture.Database.AdminConnectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();

        var definition = await ScalarAsync(connection, "SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_people_tenant_id_name_trgm'");

        // A province with many people (rolled back below), then the statement the people list sends.
        await ScalarAsync(connection, $"""
            INSERT INTO people (tenant_id, id, full_name, gender, unit_id, is_direct_worker, leader_level, is_ethnic_minority)
            SELECT '{tenantId}', gen_random_uuid(), 'Người Thử Nghiệm ' || g, 'Male',
                   (SELECT id FROM units WHERE tenant_id = '{tenantId}' LIMIT 1), false, 'None', false
            FROM generate_series(1, 20000) AS g;
            ANALYZE people;
            PREPARE search(uuid, text) AS SELECT p.id FROM people AS p
                WHERE p.tenant_id = $1 AND public.f_unaccent(lower(p.full_name)) ILIKE public.f_unaccent($2) ESCAPE '\';
            """);
        var plan = await ScalarAsync(connection, $"EXPLAIN (FORMAT JSON) EXECUTE search('{tenantId}', '%tran thi thanh nhan%')");
        var folded = await ScalarAsync(connection, "SELECT public.f_unaccent(lower('Nguyễn Văn Ánh Đức'))");
        await transaction.RollbackAsync();

        definition.ShouldContain("USING gin (tenant_id, f_unaccent(lower((full_name)::text)) gin_trgm_ops)");
        plan.ShouldContain("ix_people_tenant_id_name_trgm");
        folded.ShouldBe("nguyen van anh duc");
    }

    [Fact]
    public async Task Search_FindsNguyenVanWithoutDiacritics()
    {
        using var client = fixture.Portal.CreatePortalClient();
        await client.SignInOrFailAsync("tb.canbo", DemoAccounts.Password);

        var names = PeopleLookup.Names(await client.GetStringAsync("/People?q=" + Uri.EscapeDataString("NGUYEN van")));

        names.ShouldNotBeEmpty();
        names.ShouldAllBe(n => n.Contains("Nguyễn Văn", StringComparison.OrdinalIgnoreCase));
    }

    private static async Task<string> ScalarAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (await command.ExecuteScalarAsync())?.ToString() ?? string.Empty;
    }
}
