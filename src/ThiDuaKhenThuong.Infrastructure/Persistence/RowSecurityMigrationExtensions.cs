using Microsoft.EntityFrameworkCore.Migrations;

namespace ThiDuaKhenThuong.Infrastructure.Persistence;

/// <summary>
/// Row-level security for tenant-owned tables: enabled and forced (the owner is bound too), one policy whose USING and
/// WITH CHECK compare <c>tenant_id</c> with the connection's <c>app.tenant_id</c>. An unset or empty setting yields
/// NULL, which matches no row and admits no insert: the wall fails closed.
/// </summary>
public static class RowSecurityMigrationExtensions
{
    public const string PolicyPredicate = "tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid";

    public static void EnableTenantRowSecurity(this MigrationBuilder migrationBuilder, params string[] tables)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        foreach (var table in tables)
        {
            var name = DatabaseMigrator.QuoteIdentifier(table);
            migrationBuilder.Sql($"""
                ALTER TABLE {name} ENABLE ROW LEVEL SECURITY;
                ALTER TABLE {name} FORCE ROW LEVEL SECURITY;
                CREATE POLICY tenant_isolation ON {name} USING ({PolicyPredicate}) WITH CHECK ({PolicyPredicate});
                """);
        }
    }

    public static void DisableTenantRowSecurity(this MigrationBuilder migrationBuilder, params string[] tables)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        foreach (var table in tables)
        {
            var name = DatabaseMigrator.QuoteIdentifier(table);
            migrationBuilder.Sql($"DROP POLICY IF EXISTS tenant_isolation ON {name}; ALTER TABLE {name} NO FORCE ROW LEVEL SECURITY; ALTER TABLE {name} DISABLE ROW LEVEL SECURITY;");
        }
    }
}
