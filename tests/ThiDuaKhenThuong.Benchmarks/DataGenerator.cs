using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Npgsql;
using ThiDuaKhenThuong.Domain.Identity;

namespace ThiDuaKhenThuong.Benchmarks;

/// <summary>
/// Fills a migrated database with <see cref="GeneratorOptions.Tenants"/> provinces and
/// <see cref="GeneratorOptions.Dossiers"/> nomination dossiers spread over them (see <see cref="TenantLoader"/>).
/// Provinces already generated with the same prefix are kept, so a second run only completes what is missing.
/// </summary>
public sealed class DataGenerator(GeneratorOptions options, TextWriter log)
{
    public sealed record Summary(int Tenants, int SkippedTenants, long Rows, long Dossiers, TimeSpan Elapsed)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"Xong / done: {Tenants} tỉnh mới ({SkippedTenants} đã có), {Dossiers:N0} hồ sơ, {Rows:N0} dòng, {Elapsed.TotalSeconds:0.0} s ({(Rows / Math.Max(Elapsed.TotalSeconds, 0.001)):N0} dòng/s)");
    }

    public async Task<Summary> RunAsync(CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var clock = Stopwatch.StartNew();
        await using var dataSource = NpgsqlDataSource.Create(options.Connection);
        var roles = await EnsureRolesAsync(dataSource, cancellationToken);
        var existing = await ExistingTenantsAsync(dataSource, cancellationToken);
        var hasher = new PasswordHasher<object>(Options.Create(new PasswordHasherOptions { IterationCount = 210_000 }));
        var passwordHash = hasher.HashPassword(new object(), options.Password);

        var plans = options.ReportAwards > 0
            ? [ReportPlan(options)]
            : Enumerable.Range(0, options.Tenants)
                .Select(i => new TenantPlan(i, Provinces.At(options.Prefix, i), DossiersOf(i)))
                .ToList();
        var todo = plans.Where(p => !existing.Contains(p.Province.Code)).ToList();
        long rows = 0, dossiers = 0;
        await Parallel.ForEachAsync(todo, new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism, CancellationToken = cancellationToken }, async (plan, ct) =>
        {
            var started = Stopwatch.StartNew();
            await using var connection = await dataSource.OpenConnectionAsync(ct);
            var loader = new TenantLoader(options, plan, roles, passwordHash);
            var written = await loader.LoadAsync(connection, ct);
            Interlocked.Add(ref rows, written);
            Interlocked.Add(ref dossiers, plan.Dossiers);
            lock (log)
            {
                log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {plan.Province.Code}: {plan.Dossiers:N0} hồ sơ, {written:N0} dòng, {started.Elapsed.TotalSeconds:0.0} s"));
            }
        });

        if (await BenchCouncil.EnsureAsync(dataSource, options, roles, passwordHash, cancellationToken))
        {
            log.WriteLine($"  {Provinces.At(options.Prefix, 0).Code}: Hội đồng {BenchCouncil.Seats} thành viên (tài khoản {BenchCouncil.Account(Provinces.At(options.Prefix, 0).Code, 1)} …)");
        }

        if (todo.Count > 0)
        {
            await using var analyze = dataSource.CreateCommand("ANALYZE");
            analyze.CommandTimeout = 0;
            await analyze.ExecuteNonQueryAsync(cancellationToken);
        }

        return new Summary(todo.Count, plans.Count - todo.Count, rows, dossiers, clock.Elapsed);
    }

    /// <summary>The report province: a seed index of its own, a code outside the numbered provinces' prefix.</summary>
    public static TenantPlan ReportPlan(GeneratorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new TenantPlan(10_000, (options.Prefix + "r-bao-cao", "Tỉnh Báo Cáo Mẫu"), options.ReportDossiers, options.ReportAwards);
    }

    /// <summary>Dossiers of the i-th province: an even share, the remainder to the first ones.</summary>
    private int DossiersOf(int index) => (options.Dossiers / options.Tenants) + (index < options.Dossiers % options.Tenants ? 1 : 0);

    private static async Task<Dictionary<string, Guid>> EnsureRolesAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        foreach (var role in Roles.All)
        {
            await using var insert = dataSource.CreateCommand(
                "INSERT INTO roles (id, name, normalized_name, concurrency_stamp) VALUES ($1, $2, $3, $4) ON CONFLICT (normalized_name) DO NOTHING");
            insert.Parameters.AddWithValue(Guid.CreateVersion7());
            insert.Parameters.AddWithValue(role);
            insert.Parameters.AddWithValue(role.ToUpperInvariant());
            insert.Parameters.AddWithValue(Guid.NewGuid().ToString());
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        var roles = new Dictionary<string, Guid>(StringComparer.Ordinal);
        await using var select = dataSource.CreateCommand("SELECT name, id FROM roles");
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            roles[reader.GetString(0)] = reader.GetGuid(1);
        }

        return roles;
    }

    private async Task<HashSet<string>> ExistingTenantsAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        await using var select = dataSource.CreateCommand("SELECT code FROM tenants WHERE code LIKE $1 OR code LIKE $2");
        select.Parameters.AddWithValue(options.Prefix + "-%");
        select.Parameters.AddWithValue(options.Prefix + "r-%");
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            codes.Add(reader.GetString(0));
        }

        return codes;
    }
}

/// <summary>
/// One province to generate: its index (for the seed), code and name, its number of dossiers and, for the report
/// province only, the awards to add in the last full year.
/// </summary>
public sealed record TenantPlan(int Index, (string Code, string Name) Province, int Dossiers, int ReportAwards = 0);
