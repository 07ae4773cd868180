using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace ThiDuaKhenThuong.TestKit;

/// <summary>
/// A real PostgreSQL server for the tests: a throwaway cluster (free port, temporary directory, removed on dispose),
/// or the server named by <c>TDKT_TEST_DATABASE</c> (an administrator connection string). Clusters left behind by a
/// killed test run are swept at start.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private const string Prefix = "tdkt-pg-";
    private readonly string? root;
    private readonly string? bin;

    private PostgresServer(string adminConnectionString, string? root, string? bin)
    {
        AdminConnectionString = adminConnectionString;
        this.root = root;
        this.bin = bin;
    }

    public string AdminConnectionString { get; }

    public static async Task<PostgresServer> StartAsync()
    {
        var external = Environment.GetEnvironmentVariable("TDKT_TEST_DATABASE");
        if (!string.IsNullOrWhiteSpace(external))
        {
            return new PostgresServer(external, null, null);
        }

        var bin = FindBin();
        SweepStale(bin);
        var root = Path.Combine(Path.GetTempPath(), Prefix + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(root);
        if (!OperatingSystem.IsWindows())
        {
            // The cluster runs as the postgres user when the tests run as root; it must be able to write here.
            File.SetUnixFileMode(root, (UnixFileMode)0x1FF);
        }
        await File.WriteAllTextAsync(Path.Combine(root, "owner.pid"), Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        var data = Path.Combine(root, "data");
        await RunAsync(bin, "initdb", "-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "-N");
        var port = FreePort();
        await RunAsync(bin, "pg_ctl", "-D", data, "-l", Path.Combine(root, "server.log"), "-w", "-o",
            $"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200",
            "start");
        var admin = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = port,
            Username = "postgres",
            Database = "postgres",
            Pooling = false,
        };
        return new PostgresServer(admin.ConnectionString, root, bin);
    }

    public async ValueTask DisposeAsync()
    {
        if (root is null || bin is null)
        {
            return;
        }

        await StopAsync(bin, root);
    }

    private static async Task StopAsync(string bin, string root)
    {
        try
        {
            await RunAsync(bin, "pg_ctl", "-D", Path.Combine(root, "data"), "-m", "immediate", "-w", "stop");
        }
        catch (InvalidOperationException)
        {
            // Already stopped: nothing to do but remove the directory.
        }

        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static void SweepStale(string bin)
    {
        foreach (var dir in Directory.GetDirectories(Path.GetTempPath(), Prefix + "*"))
        {
            var pidFile = Path.Combine(dir, "owner.pid");
            if (File.Exists(pidFile) && int.TryParse(File.ReadAllText(pidFile), out var pid) && IsAlive(pid))
            {
                continue;
            }

            StopAsync(bin, dir).GetAwaiter().GetResult();
        }
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static string FindBin()
    {
        var candidates = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "pg_ctl")))
                .OrderByDescending(d => d, StringComparer.Ordinal).ToList()
            : [];
        return candidates.FirstOrDefault()
            ?? throw new InvalidOperationException("PostgreSQL is not installed (/usr/lib/postgresql/*/bin): run deploy/local.sh test, or set TDKT_TEST_DATABASE.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Runs a PostgreSQL program; as root through <c>runuser -u postgres</c>, since initdb refuses root.</summary>
    private static async Task RunAsync(string bin, string program, params string[] args)
    {
        var asRoot = Environment.UserName == "root";
        var start = new ProcessStartInfo(asRoot ? "runuser" : Path.Combine(bin, program))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asRoot)
        {
            foreach (var a in new[] { "-u", "postgres", "--", Path.Combine(bin, program) })
            {
                start.ArgumentList.Add(a);
            }
        }

        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} failed ({process.ExitCode}): {await stderr} {await stdout}");
        }
    }
}
