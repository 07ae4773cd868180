using System.Diagnostics;
using System.Globalization;
using ThiDuaKhenThuong.IntegrationTests.Operations;
using ThiDuaKhenThuong.TestKit;

namespace ThiDuaKhenThuong.IntegrationTests.Benchmarks;

/// <summary>
/// deploy/bench-large.sh end to end on a tiny dataset, against the build under test, in a scratch folder with its own
/// PostgreSQL cluster and ports: every stage (pages with wrk, the annual report and dashboard, the vote burst and the
/// transitions, the nomination import) must run and print its figures, so the large benchmark cannot rot between its real runs.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class BenchScriptSmokeTests
{
    [Fact]
    public async Task BenchLarge_OnATinyDataset_RunsEveryStage_AndPrintsItsFigures()
    {
        var root = RepositoryRoot();
        var scratch = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "tdkt-bench-smoke-" + Guid.NewGuid().ToString("N")[..8]));
        var pgdata = Path.Combine(scratch.FullName, "postgres");
        try
        {
            var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
            var (exitCode, output) = await RunAsync(root, new Dictionary<string, string>
            {
                ["TDKT_BENCH_DATA"] = scratch.FullName,
                ["TDKT_BENCH_PGDATA"] = pgdata,
                ["TDKT_BENCH_PG_PORT"] = ChildProcess.FreePort().ToString(CultureInfo.InvariantCulture),
                ["TDKT_BENCH_APP_PORT"] = ChildProcess.FreePort().ToString(CultureInfo.InvariantCulture),
                ["TDKT_BENCH_REPORT_AWARDS"] = "400",
            },
            "--tenants", "1", "--dossiers", "400", "--seconds", "1", "--no-write", "--write-rounds", "1", "--write-dossiers", "24", "--import-rows", "300",
            "--configuration", configuration, "--no-build", "--stop-after");

            exitCode.ShouldBe(0, output);
            output.ShouldMatch(@"Baseline \(12 rows, EF Core \+ Razor\): [0-9.]+ req/s");
            output.ShouldMatch(@"Standing Agency inbox, first page [^\n]*: [0-9.]+ req/s");
            output.ShouldMatch(@"Dossier page with nominations and history: [0-9.]+ req/s");
            output.ShouldMatch(@"Search by nominee name without diacritics \(""[a-z]+( [a-z]+)+""\): [0-9.]+ req/s");
            output.ShouldMatch(@"Search by dossier number \(""\d+/\d{4}""\): [0-9.]+ req/s");
            output.ShouldNotMatch(@"\([1-9]\d* non-2xx\)", "every measured page answers 200");
            output.ShouldMatch(@"PDF: median \d+ ms, max \d+ ms \(5/5 ok, \d+ pages");
            output.ShouldMatch(@"XLSX: median \d+ ms, max \d+ ms \(5/5 ok\)");
            output.ShouldMatch(@"dashboard: [0-9.]+ req/s");
            output.ShouldContain("burst of 20 PDFs: 20/20 ok");
            output.ShouldMatch(@"RESULT votes 31 ");
            output.ShouldMatch(@"RESULT transitions \d+ ");
            output.ShouldMatch(@"RESULT import 1 [0-9.]+ [0-9.]+ [0-9.]+ [0-9.]+ 0 \d+ \| 300 rows, \d+ KiB file, 300 nominations stored, 300 with an eligibility report, 300 change-log rows");
            output.ShouldMatch(@"Baseline \(import\): [0-9.]+ req/s");
        }
        finally
        {
            await StopClusterAsync(pgdata);
            scratch.Delete(recursive: true);
        }
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string root, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = root };
        start.ArgumentList.Add("deploy/bench-large.sh");
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = await process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, output + await error);
    }

    /// <summary>The script stops its cluster itself (--stop-after); this covers a run that failed before the app started.</summary>
    private static async Task StopClusterAsync(string pgdata)
    {
        if (!File.Exists(Path.Combine(pgdata, "postmaster.pid")))
        {
            return;
        }

        var bin = Directory.GetDirectories("/usr/lib/postgresql").Order(StringComparer.Ordinal).Last();
        var asRoot = Environment.UserName == "root";
        var start = new ProcessStartInfo(asRoot ? "runuser" : Path.Combine(bin, "bin", "pg_ctl")) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in (asRoot ? new[] { "-u", "postgres", "--", Path.Combine(bin, "bin", "pg_ctl") } : []).Concat(["-D", pgdata, "-m", "immediate", "-w", "stop"]))
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        await process.WaitForExitAsync();
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
