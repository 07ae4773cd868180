using Microsoft.EntityFrameworkCore.Migrations;

namespace ThiDuaKhenThuong.Infrastructure.Persistence;

/// <summary>
/// Data changes inside a migration. Row security is forced on the owner too, so a statement sees no tenant's rows
/// unless <c>app.tenant_id</c> is set: <see cref="ForEachTenant"/> runs the statement once per tenant with the setting
/// made local to the migration's transaction.
/// </summary>
public static class TenantDataMigrationExtensions
{
    public static void ForEachTenant(this MigrationBuilder migrationBuilder, string statement)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        ArgumentException.ThrowIfNullOrWhiteSpace(statement);
        if (statement.Contains("$$", StringComparison.Ordinal))
        {
            throw new ArgumentException("The statement must not contain $$.", nameof(statement));
        }

        migrationBuilder.Sql($"""
            DO $$
            DECLARE tenant uuid;
            BEGIN
                FOR tenant IN SELECT id FROM tenants LOOP
                    PERFORM set_config('app.tenant_id', tenant::text, true);
                    {statement.TrimEnd().TrimEnd(';')};
                END LOOP;
                PERFORM set_config('app.tenant_id', '', true);
            END $$;
            """);
    }
}
