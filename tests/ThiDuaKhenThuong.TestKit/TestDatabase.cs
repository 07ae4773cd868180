using Npgsql;
using ThiDuaKhenThuong.Infrastructure.Persistence;

namespace ThiDuaKhenThuong.TestKit;

/// <summary>A fresh database on the test server with its own owner and application roles, migrated by the real migrations.</summary>
public sealed record TestDatabase(string OwnerConnectionString, string AppConnectionString, string AdminConnectionString)
{
    public static Task<TestDatabase> CreateAsync(PostgresServer server)
    {
        ArgumentNullException.ThrowIfNull(server);
        return CreateAsync(server.AdminConnectionString);
    }

    /// <summary>Another fresh database on the server that <paramref name="adminConnectionString"/> (a superuser) reaches.</summary>
    public static async Task<TestDatabase> CreateAsync(string adminConnectionString)
    {
        var suffix = Guid.NewGuid().ToString("N")[..10];
        var admin = new NpgsqlConnectionStringBuilder(adminConnectionString);
        NpgsqlConnectionStringBuilder For(string user) => new()
        {
            Host = admin.Host,
            Port = admin.Port,
            Database = "tdkt_test_" + suffix,
            Username = user,
            Password = "pw_" + Guid.NewGuid().ToString("N"),
        };

        var owner = For("tdkt_owner_" + suffix);
        var app = For("tdkt_app_" + suffix);
        app.MaxPoolSize = 50;
        await DatabaseBootstrap.EnsureRolesAndDatabaseAsync(adminConnectionString, owner.ConnectionString, app.ConnectionString);
        await DatabaseMigrator.MigrateAsync(owner.ConnectionString, app.Username!);
        var adminOnDb = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = owner.Database };
        return new TestDatabase(owner.ConnectionString, app.ConnectionString, adminOnDb.ConnectionString);
    }

    public string AppRole => new NpgsqlConnectionStringBuilder(AppConnectionString).Username!;
}
