using Microsoft.EntityFrameworkCore;
using Npgsql;
using ThiDuaKhenThuong.Infrastructure.Catalog;
using ThiDuaKhenThuong.Infrastructure.Tenancy;

namespace ThiDuaKhenThuong.Infrastructure.Persistence;

/// <summary>
/// Applies the checked-in migrations as the owner role, then grants the application role exactly what it may do:
/// read and write rows (row security still applies), never change the schema, and only insert into append-only tables.
/// </summary>
public static class DatabaseMigrator
{
    /// <summary>Tables whose rows the application may add and read but never change or remove.</summary>
    public static IReadOnlyList<string> AppendOnlyTables { get; } = ["workflow_history", "published_reports"];

    /// <summary>Tables the application may only read: the national catalog, written here by the migrator.</summary>
    public static IReadOnlyList<string> ReadOnlyTables { get; } = ["national_award_types", "national_rule_sets"];

    public static async Task MigrateAsync(string ownerConnectionString, string appRole, CancellationToken cancellationToken = default)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        PersistenceSetup.Configure(options, ownerConnectionString);
        await using (var db = new AppDbContext(options.Options, new TenantContext()))
        {
            // Building an index over millions of rows takes minutes; a migration is never cut short by the client.
            db.Database.SetCommandTimeout(TimeSpan.Zero);
            await db.Database.MigrateAsync(cancellationToken);
            await NationalCatalogSeeder.SeedAsync(db, cancellationToken);
        }

        await using var connection = new NpgsqlConnection(ownerConnectionString);
        await connection.OpenAsync(cancellationToken);
        var role = QuoteIdentifier(appRole);
        var sql = $"""
            GRANT USAGE ON SCHEMA public TO {role};
            GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role};
            GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role};
            REVOKE INSERT, UPDATE, DELETE ON TABLE __ef_migrations_history FROM {role};
            """;
        foreach (var table in AppendOnlyTables)
        {
            sql += $"REVOKE UPDATE, DELETE, TRUNCATE ON TABLE {QuoteIdentifier(table)} FROM {role};\n";
        }

        foreach (var table in ReadOnlyTables)
        {
            sql += $"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON TABLE {QuoteIdentifier(table)} FROM {role};\n";
        }

        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    internal static string QuoteIdentifier(string name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Any(c => !(char.IsAsciiLetterOrDigit(c) || c == '_')))
        {
            throw new ArgumentException($"Tên không hợp lệ: '{name}'.", nameof(name));
        }

        return "\"" + name + "\"";
    }
}
