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

            // The app runs on the restored copy: the history chains verify and a demo user signs in.
            var restoredDatabase = fixture.Database with
            {
                AppConnectionString = new NpgsqlConnectionStringBuilder(fixture.Database.AppConnectionString) { Database = target }.ConnectionString,
                OwnerConnectionString = new NpgsqlConnectionStringBuilder(fixture.Database.OwnerConnectionString) { Database = target }.ConnectionString,
            };
            await using var app = new PortalFactory(restoredDatabase, new Microsoft.Extensions.Time.Testing.FakeTimeProvider(fixture.Clock.GetUtcNow()));
            var chains = await app.WithScopeAsync(sp => sp.GetRequiredService<ThiDuaKhenThuong.Infrastructure.Workflow.HistoryVerifier>().VerifyAllTenantsAsync());
            chains.ShouldNotBeEmpty();
            chains.ShouldAllBe(c => c.IsValid);
            using var client = app.CreatePortalClient();
            await client.SignInOrFailAsync("tb.canbo", ThiDuaKhenThuong.Infrastructure.Seeding.DemoAccounts.Password);
            PortalClient.Text(await client.GetStringAsync("/")).ShouldContain("Tỉnh Thái Bình");
        }
        finally
        {
            File.Delete(file);
            File.Delete(file + ".sha256");
            File.Delete(file + ".files.tar.gz");
            await using var connection = new NpgsqlConnection(fixture.Database.AdminConnectionString);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{target}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }

    [Fact]
    public async Task AlteredBackup_IsRefusedBeforeAnythingIsRestored()
    {
        var admin = new NpgsqlConnectionStringBuilder(fixture.Database.AdminConnectionString);
        var file = Path.Combine(Path.GetTempPath(), $"tdkt-backup-{Guid.NewGuid():N}.dump");
        try
        {
            await RunAsync("deploy/backup.sh", admin, admin.Database!, file);
            File.Exists(file + ".sha256").ShouldBeTrue();
            await using (var stream = new FileStream(file, FileMode.Append))
            {
                stream.WriteByte(0x42);
            }

            var (exitCode, output) = await TryRunAsync("deploy/restore.sh", admin, file, admin.Database + "_altered");

            exitCode.ShouldNotBe(0);
            output.ShouldContain("không khớp mã băm");
        }
        finally
        {
            File.Delete(file);
            File.Delete(file + ".sha256");
            File.Delete(file + ".files.tar.gz");
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
        var (exitCode, output) = await TryRunAsync(script, admin, args);
        exitCode.ShouldBe(0, output);
    }

    private static async Task<(int ExitCode, string Output)> TryRunAsync(string script, NpgsqlConnectionStringBuilder admin, params string[] args)
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
        return (process.ExitCode, output);
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
