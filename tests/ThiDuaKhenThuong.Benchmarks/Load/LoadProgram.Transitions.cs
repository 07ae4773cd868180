using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Npgsql;
using ThiDuaKhenThuong.Domain.Workflow;

namespace ThiDuaKhenThuong.Benchmarks.Load;

/// <summary><c>load transitions</c>: concurrent workflow transitions of one province.</summary>
public static partial class LoadProgram
{
    /// <summary>
    /// A workflow transition under load: the Standing Officer starts the appraisal (<c>start-review</c>) of received
    /// dossiers. Every dossier's page is read first (its form's one-time token and row version); then
    /// <paramref name="workers"/> workers post the transitions of distinct dossiers until the dossiers or
    /// <paramref name="duration"/> run out. The moved dossiers are counted in the database afterwards.
    /// </summary>
    private static async Task<LoadResult> TransitionsAsync(LoadOptions options, int workers, TimeSpan duration, int dossiers, CancellationToken cancellationToken)
    {
        await using var db = NpgsqlDataSource.Create(options.Connection);
        var tenantId = await ScalarAsync<Guid>(db, null, "SELECT id FROM tenants WHERE code = $1", cancellationToken, options.Province);
        var ids = await ListAsync(db, tenantId,
            "SELECT d.id FROM dossiers d JOIN workflow_instances w ON w.tenant_id = d.tenant_id AND w.subject_id = d.id WHERE w.state = $1 ORDER BY d.created_at, d.id LIMIT $2",
            cancellationToken, WorkflowStates.Received, dossiers);
        if (ids.Count == 0)
        {
            throw new InvalidOperationException("Không còn hồ sơ nào ở trạng thái \"Đã tiếp nhận\" trong tỉnh đo hiệu năng.");
        }

        using var officer = new PortalSession(options.Url, workers);
        await officer.SignInAsync(options.Account("chuyenvien"), options.Password, cancellationToken);
        var forms = new ConcurrentQueue<(Guid Id, List<KeyValuePair<string, string>> Fields)>();
        var prepared = new ConcurrentDictionary<Guid, List<KeyValuePair<string, string>>>();
        await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellationToken }, async (id, ct) =>
        {
            var page = await officer.GetStringAsync($"/Dossiers/Details/{id}", ct);
            var token = FormTokenPattern().Match(page);
            var version = VersionPattern().Match(page);
            if (token.Success && version.Success && page.Contains($"value=\"{WorkflowActions.StartReview}\"", StringComparison.Ordinal))
            {
                prepared[id] = [new("Action", WorkflowActions.StartReview), new("FormToken", WebUtility.HtmlDecode(token.Groups[1].Value)),
                    new("Version", version.Groups[1].Value), new("__RequestVerificationToken", PortalSession.Token(page))];
            }
        });
        foreach (var id in ids.Where(prepared.ContainsKey))
        {
            forms.Enqueue((id, prepared[id]));
        }

        // Warm-up (JIT, plans), not measured: one transition per worker, all at once.
        var warm = Enumerable.Range(0, Math.Min(workers, forms.Count / 4)).Select(_ => forms.TryDequeue(out var f) ? f : default).ToList();
        await Task.WhenAll(warm.Select(async f =>
        {
            using var response = await officer.PostAsync($"/Dossiers/Act/{f.Id}", f.Fields, cancellationToken);
        }));

        var latencies = new ConcurrentBag<double>();
        var errors = 0;
        var done = new ConcurrentBag<Guid>();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(async _ =>
        {
            while (clock.Elapsed < duration && forms.TryDequeue(out var form))
            {
                var watch = Stopwatch.StartNew();
                using var response = await officer.PostAsync($"/Dossiers/Act/{form.Id}", form.Fields, cancellationToken);
                watch.Stop();
                latencies.Add(watch.Elapsed.TotalMilliseconds);
                if (response.StatusCode == HttpStatusCode.Redirect)
                {
                    done.Add(form.Id);
                }
                else
                {
                    Interlocked.Increment(ref errors);
                }
            }
        }));
        clock.Stop();

        var moved = await ScalarAsync<long>(db, tenantId,
            "SELECT count(*) FROM workflow_instances WHERE subject_id = ANY($1) AND state = $2", cancellationToken, done.ToArray(), WorkflowStates.UnderReview);
        var refused = done.Count - (int)moved;
        return new LoadResult("transitions", [.. latencies], clock.Elapsed, errors + refused,
            string.Create(CultureInfo.InvariantCulture, $"{prepared.Count} dossiers prepared, {warm.Count} warm-up, {latencies.Count} measured, {moved} moved to {WorkflowStates.UnderReview}, {refused} refused, {errors} non-redirect"));
    }

    [GeneratedRegex("name=\"FormToken\" value=\"([^\"]+)\"")]
    private static partial Regex FormTokenPattern();

    [GeneratedRegex("name=\"Version\" value=\"([0-9]+)\"")]
    private static partial Regex VersionPattern();
}
