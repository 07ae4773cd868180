using Npgsql;

namespace ThiDuaKhenThuong.Infrastructure.Persistence;

/// <summary>
/// Creates the two roles and the database on a server where we hold an administrator connection (a private local
/// cluster, a throwaway test cluster). Production DBAs run the equivalent SQL in deploy/postgres/roles.sql.
/// </summary>
public static class DatabaseBootstrap
{
    public static async Task EnsureRolesAndDatabaseAsync(
        string adminConnectionString, string ownerConnectionString, string appConnectionString, CancellationToken cancellationToken = default)
    {
        var owner = new NpgsqlConnectionStringBuilder(ownerConnectionString);
        var app = new NpgsqlConnectionStringBuilder(appConnectionString);
        if (owner.Username is null || app.Username is null || owner.Database is null)
        {
            throw new InvalidOperationException("Chuỗi kết nối phải ghi rõ Username và Database.");
        }

        await using var connection = new NpgsqlConnection(adminConnectionString);
        await connection.OpenAsync(cancellationToken);
        await EnsureRoleAsync(connection, owner.Username, owner.Password, "LOGIN NOSUPERUSER NOCREATEROLE NOBYPASSRLS", cancellationToken);
        await EnsureRoleAsync(connection, app.Username, app.Password, "LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOINHERIT", cancellationToken);

        await using (var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection))
        {
            exists.Parameters.AddWithValue("name", owner.Database);
            if (await exists.ExecuteScalarAsync(cancellationToken) is null)
            {
                var create = $"CREATE DATABASE {DatabaseMigrator.QuoteIdentifier(owner.Database)} OWNER {DatabaseMigrator.QuoteIdentifier(owner.Username)} ENCODING 'UTF8' TEMPLATE template0";
                await using var command = new NpgsqlCommand(create, connection);
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        var db = DatabaseMigrator.QuoteIdentifier(owner.Database);
        var sql = $"""
            REVOKE ALL ON DATABASE {db} FROM PUBLIC;
            GRANT CONNECT, TEMPORARY ON DATABASE {db} TO {DatabaseMigrator.QuoteIdentifier(app.Username)};
            GRANT ALL ON DATABASE {db} TO {DatabaseMigrator.QuoteIdentifier(owner.Username)};
            """;
        await using (var grant = new NpgsqlCommand(sql, connection))
        {
            await grant.ExecuteNonQueryAsync(cancellationToken);
        }

        // PostgreSQL 15 no longer lets PUBLIC create in schema public; the owner needs it to migrate.
        var onDb = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = owner.Database };
        await using var dbConnection = new NpgsqlConnection(onDb.ConnectionString);
        await dbConnection.OpenAsync(cancellationToken);
        await using var schema = new NpgsqlCommand(
            $"ALTER SCHEMA public OWNER TO {DatabaseMigrator.QuoteIdentifier(owner.Username)}; REVOKE CREATE ON SCHEMA public FROM PUBLIC;",
            dbConnection);
        await schema.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task EnsureRoleAsync(NpgsqlConnection connection, string name, string? password, string attributes, CancellationToken cancellationToken)
    {
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_roles WHERE rolname = @name", connection);
        exists.Parameters.AddWithValue("name", name);
        var verb = await exists.ExecuteScalarAsync(cancellationToken) is null ? "CREATE" : "ALTER";
        var sql = $"{verb} ROLE {DatabaseMigrator.QuoteIdentifier(name)} WITH {attributes}";
        if (!string.IsNullOrEmpty(password))
        {
            sql += " PASSWORD '" + password.Replace("'", "''", StringComparison.Ordinal) + "'";
        }

        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
