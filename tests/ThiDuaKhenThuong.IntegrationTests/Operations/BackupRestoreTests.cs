using System.Diagnostics;
using Npgsql;
using ThiDuaKhenThuong.TestKit;

namespace ThiDuaKhenThuong.IntegrationTests.Operations;

/// <summary>The documented backup and restore scripts, run for real: a restored copy holds every row and keeps its walls.</summary>
[Collection(PortalCollection.Name)]
public sealed class BackupRestoreTests(PortalFixture fixture)
{
    [Fact]
    public async Task BackupThenRestore_IntoANewDatabase_KeepsEveryRow_RowSecurity_AndTheAppendOnlyRule()
    {
        var admin = new NpgsqlConnectionStringBuilder(fixture.Database.AdminConnectionString);
        var source = admin.Database!;
        var target = source + "_restored";
        var file = Path.Combine(Path.GetTempPath(), $"tdkt-backup-{Guid.NewGuid():N}.dump");
        try
        {
            await RunAsync("deploy/backup.sh", admin, source, file);
            await RunAsync("deploy/restore.sh", admin, file, target);

            var before = await CountsAsync(fixture.Database.AdminConnectionString);
            var after = await CountsAsync(new NpgsqlConnectionStringBuilder(fixture.Database.AdminConnectionString) { Database = target }.ConnectionString);
            before.Count.ShouldBeGreaterThan(20);
            before["units"].ShouldBeGreaterThan(50);
            after.ShouldBe(before);

            var restored = new NpgsqlConnectionStringBuilder(fixture.Database.AdminConnectionString) { Database = target };
            await using var connection = new NpgsqlConnection(restored.ConnectionString);
            await connection.OpenAsync();
            await using var flags = new NpgsqlCommand("SELECT relrowsecurity AND relforcerowsecurity FROM pg_class WHERE relname = 'units'", connection);
            ((bool)(await flags.ExecuteScalarAsync())!).ShouldBeTrue();
            await using var grants = new NpgsqlCommand($"SELECT has_table_privilege('{fixture.Database.AppRole}', 'workflow_history', 'UPDATE')", connection);
            ((bool)(await grants.ExecuteScalarAsync())!).ShouldBeFalse();
        }
        finally
        {
            File.Delete(file);
            await using var connection = new NpgsqlConnection(fixture.Database.AdminConnectionString);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{target}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }

    private static async Task<Dictionary<string, long>> CountsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT relname FROM pg_class WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace ORDER BY relname", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var counts = new Dictionary<string, long>();
        foreach (var table in tables)
        {
            await using var count = new NpgsqlCommand($"SELECT count(*) FROM \"{table}\"", connection);
            counts[table] = (long)(await count.ExecuteScalarAsync())!;
        }

        return counts;
    }

    private static async Task RunAsync(string script, NpgsqlConnectionStringBuilder admin, params string[] args)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepositoryRoot() };
        start.ArgumentList.Add(script);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["PGHOST"] = admin.Host;
        start.Environment["PGPORT"] = admin.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["PGUSER"] = admin.Username;
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        process.ExitCode.ShouldBe(0, output);
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ThiDuaKhenThuong.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }
}
