using Npgsql;
using ThiDuaKhenThuong.TestKit;

namespace ThiDuaKhenThuong.IntegrationTests.Tenancy;

/// <summary>
/// The layout every province relies on: each tenant-owned table leads its keys and indexes with tenant_id and has
/// row-level security enabled, forced and fail-closed. Tables outside that rule are an explicit, short list.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class SchemaTests(PortalFixture fixture)
{
    /// <summary>Tables without tenant row security, and why (ADR-001).</summary>
    private static readonly Dictionary<string, string> Exceptions = new()
    {
        ["tenants"] = "the list of provinces itself",
        ["users"] = "sign-in reads accounts before a tenant is known",
        ["roles"] = "roles are the same in every province",
        ["user_roles"] = "identity",
        ["user_claims"] = "identity",
        ["user_logins"] = "identity",
        ["user_tokens"] = "identity",
        ["role_claims"] = "identity",
        ["auth_sessions"] = "server-side sign-in sessions, looked up by key before a tenant is known",
        ["data_protection_keys"] = "the key ring shared by all app instances",
        ["__ef_migrations_history"] = "schema version",
        ["national_award_types"] = "national catalog, the same for every province, read-only to the app",
        ["national_rule_sets"] = "national catalog, the same for every province, read-only to the app",
    };

    [Fact]
    public async Task EveryTable_IsTenantOwned_OrAnExplicitException()
    {
        var tables = await ListAsync("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r'");
        var tenantOwned = await TenantOwnedTablesAsync();

        var violations = tables.Where(t => !tenantOwned.Contains(t) && !Exceptions.ContainsKey(t)).ToList();

        violations.ShouldBeEmpty();
        tenantOwned.ShouldContain("units");
    }

    [Fact]
    public async Task EveryTenantOwnedTable_HasRowSecurityEnabledForcedAndFailClosed()
    {
        var violations = new List<string>();
        foreach (var table in await TenantOwnedTablesAsync())
        {
            var flags = await ListAsync($"SELECT relrowsecurity::text || ',' || relforcerowsecurity::text FROM pg_class WHERE relname = '{table}' AND relkind = 'r'");
            if (flags.Single() != "true,true")
            {
                violations.Add($"{table}: row security not enabled and forced");
            }

            var policies = await ListAsync(
                $"SELECT coalesce(pg_get_expr(polqual, polrelid), '') || ' | ' || coalesce(pg_get_expr(polwithcheck, polrelid), '') FROM pg_policy WHERE polrelid = '{table}'::regclass");
            if (policies.Count == 0 || policies.Any(p => !p.Contains("current_setting('app.tenant_id'", StringComparison.Ordinal) || p.Split(" | ").Any(part => part.Length == 0)))
            {
                violations.Add($"{table}: no USING + WITH CHECK policy on app.tenant_id");
            }
        }

        violations.ShouldBeEmpty();
    }

    [Fact]
    public async Task EveryKeyAndIndexOfATenantOwnedTable_LeadsWithTenantId()
    {
        // Primary keys, unique constraints, foreign keys: first column tenant_id (foreign keys: on both sides).
        var constraints = await ListAsync("""
            SELECT con.conrelid::regclass::text || '.' || con.conname || ' (' || con.contype::text || ')'
            FROM pg_constraint con
            JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = con.conkey[1]
            WHERE con.contype IN ('p', 'u', 'f')
              AND con.conrelid IN (SELECT attrelid FROM pg_attribute WHERE attname = 'tenant_id' AND NOT attisdropped)
              AND con.conrelid::regclass::text <> 'users'
              AND NOT (a.attname = 'tenant_id'
                       AND (con.contype <> 'f' OR con.confrelid = 'tenants'::regclass
                            OR (SELECT attname FROM pg_attribute WHERE attrelid = con.confrelid AND attnum = con.confkey[1]) = 'tenant_id'))
            """);
        var indexes = await ListAsync("""
            SELECT i.indexrelid::regclass::text
            FROM pg_index i
            JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]
            WHERE i.indrelid IN (SELECT attrelid FROM pg_attribute WHERE attname = 'tenant_id' AND NOT attisdropped)
              AND i.indrelid::regclass::text <> 'users'
              AND i.indrelid IN (SELECT oid FROM pg_class WHERE relnamespace = 'public'::regnamespace)
              AND a.attname <> 'tenant_id'
            """);

        constraints.ShouldBeEmpty();
        indexes.ShouldBeEmpty();
    }

    [Fact]
    public async Task EveryTenantIdColumn_IsNotNull_ExceptOnAccounts()
    {
        var nullable = await ListAsync("""
            SELECT c.relname FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
            WHERE a.attname = 'tenant_id' AND NOT a.attnotnull AND c.relkind = 'r' AND c.relnamespace = 'public'::regnamespace AND c.relname <> 'users'
            """);

        nullable.ShouldBeEmpty();
    }

    [Fact]
    public async Task AppRole_OwnsNothing_IsNotSuperuser_AndCannotBypassRowSecurity()
    {
        var role = fixture.Database.AppRole;

        (await ListAsync($"SELECT rolsuper::text || ',' || rolbypassrls::text || ',' || rolcreaterole::text || ',' || rolcreatedb::text FROM pg_roles WHERE rolname = '{role}'"))
            .Single().ShouldBe("false,false,false,false");
        (await ListAsync($"SELECT c.relname FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner WHERE r.rolname = '{role}'")).ShouldBeEmpty();
        (await ListAsync($"SELECT has_schema_privilege('{role}', 'public', 'CREATE')::text")).Single().ShouldBe("false");
        (await ListAsync($"SELECT has_table_privilege('{role}', '__ef_migrations_history', 'INSERT')::text")).Single().ShouldBe("false");
    }

    private async Task<HashSet<string>> TenantOwnedTablesAsync()
        => (await ListAsync("""
            SELECT c.relname FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
            WHERE a.attname = 'tenant_id' AND NOT a.attisdropped AND c.relkind = 'r' AND c.relnamespace = 'public'::regnamespace AND c.relname <> 'users'
            """)).ToHashSet();

    private async Task<List<string>> ListAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(fixture.Database.AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
