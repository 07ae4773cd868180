using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Npgsql;
using ThiDuaKhenThuong.Domain.Workflow;

namespace ThiDuaKhenThuong.Benchmarks.Load;

/// <summary>
/// <c>load votes|transitions|import</c>: write-path load against a running portal, through its real pages. Each scenario
/// signs in real accounts, prepares every form first (antiforgery token, one-time form token, row version), then fires
/// the posts concurrently and prints one <see cref="LoadResult.ToLine"/> line. The owner connection is used to find
/// the data to act on and to check afterwards that what was posted is stored.
/// </summary>
public static partial class LoadProgram
{
    public const string Usage = """
        Đo tải ghi / write-path load
          load votes        --url http://127.0.0.1:5090 --connection <chuỗi kết nối vai trò sở hữu> [--prefix bm] [--rounds 3] [--warmup 1] [--items 3]
          load transitions  --url … --connection … [--prefix bm] [--workers 32] [--seconds 20] [--dossiers 640]
          load import       --url … --connection … [--prefix bm] [--rows 10000] [--year <năm trước>]
        Mật khẩu tài khoản: --password (mặc định ThiDua@2025-bench)
        """;

    private static readonly string[] Choices = ["For", "For", "For", "Against", "Abstain"];

    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    public static async Task<int> MainAsync(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Count == 0 || args[0] is not ("votes" or "transitions" or "import"))
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }

        Console.WriteLine(await RunAsync(args));
        return 0;
    }

    /// <summary>Runs one scenario (<c>votes …</c> or <c>transitions …</c>, options as in <see cref="Usage"/>) and returns its RESULT line.</summary>
    public static async Task<string> RunAsync(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Count == 0 || args[0] is not ("votes" or "transitions" or "import"))
        {
            throw new ArgumentException(Usage, nameof(args));
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i + 1 < args.Count; i += 2)
        {
            values[args[i].TrimStart('-')] = args[i + 1];
        }

        int Int(string name, int fallback) => values.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        var options = new LoadOptions(
            new Uri(values.GetValueOrDefault("url") ?? "http://127.0.0.1:5090"),
            values.GetValueOrDefault("connection") ?? Environment.GetEnvironmentVariable("ConnectionStrings__Migrations") ?? throw new ArgumentException("Thiếu --connection."),
            values.GetValueOrDefault("province") ?? Provinces.At(values.GetValueOrDefault("prefix") ?? "bm", 0).Code,
            values.GetValueOrDefault("password") ?? "ThiDua@2025-bench");
        using var cancel = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        var result = args[0] switch
        {
            "votes" => await VotesAsync(options, Int("rounds", 3), Int("warmup", 1), Int("items", 3), cancel.Token),
            "import" => await ImportAsync(options, Int("rows", 10_000), Int("year", DateTime.UtcNow.Year - 1), cancel.Token),
            _ => await TransitionsAsync(options, Int("workers", 32), TimeSpan.FromSeconds(Int("seconds", 20)), Int("dossiers", 640), cancel.Token),
        };
        return result.ToLine();
    }

    private sealed record LoadOptions(Uri Url, string Connection, string Province, string Password)
    {
        public string Account(string suffix) => $"{Province}.{suffix}";
    }

    /// <summary>
    /// The vote burst: per round the officer creates a session through the form (meeting today, the benchmark term),
    /// puts the first <paramref name="items"/> candidates on the agenda, publishes and opens voting; each of the 31
    /// members opens the ballot page and confirms their choices (the page's own confirmation step); then all 31
    /// submit at the same instant. Afterwards the stored participations and ballots are counted and the officer closes
    /// voting (which frees the nominations for the next round). The first <paramref name="warmup"/> rounds are checked
    /// but not measured (JIT, plans), as the page measurements have their warm-up.
    /// </summary>
    private static async Task<LoadResult> VotesAsync(LoadOptions options, int rounds, int warmup, int items, CancellationToken cancellationToken)
    {
        await using var db = NpgsqlDataSource.Create(options.Connection);
        var tenantId = await ScalarAsync<Guid>(db, null, "SELECT id FROM tenants WHERE code = $1", cancellationToken, options.Province);
        var termId = await ScalarAsync<Guid>(db, tenantId, "SELECT id FROM council_terms WHERE name = $1", cancellationToken, BenchCouncil.TermName);

        using var officer = new PortalSession(options.Url);
        await officer.SignInAsync(options.Account("chuyenvien"), options.Password, cancellationToken);
        var members = Enumerable.Range(1, BenchCouncil.Seats).Select(_ => new PortalSession(options.Url)).ToList();
        try
        {
            await Parallel.ForEachAsync(members.Select((m, i) => (m, i)), new ParallelOptions { MaxDegreeOfParallelism = 2, CancellationToken = cancellationToken },
                async (pair, ct) => await pair.m.SignInAsync(BenchCouncil.Account(options.Province, pair.i + 1), options.Password, ct));

            var latencies = new List<double>();
            var errors = 0;
            var wall = TimeSpan.Zero;
            var notes = new List<string>();
            var random = new Random(20251124);
            for (var round = 1 - warmup; round <= rounds; round++)
            {
                var sessionId = await CreateSessionAsync(officer, termId, items, cancellationToken);

                // Each member's form, ready to send: the ballot page's token and item ids, choices confirmed once.
                var forms = new List<List<KeyValuePair<string, string>>>();
                foreach (var member in members)
                {
                    var page = await member.GetStringAsync($"/CouncilSessions/Ballot/{sessionId}", cancellationToken);
                    var fields = ItemPattern().Matches(page).Select(m => m.Groups[1].Value).Distinct()
                        .Select(item => new KeyValuePair<string, string>($"Choices[{item}]", Choices[random.Next(Choices.Length)])).ToList();
                    fields.Add(new("__RequestVerificationToken", PortalSession.Token(page)));
                    using (var confirm = await member.PostAsync($"/CouncilSessions/Ballot/{sessionId}", fields.Append(new("Step", "confirm")), cancellationToken))
                    {
                        if (confirm.StatusCode != HttpStatusCode.OK)
                        {
                            throw new InvalidOperationException($"Xác nhận phiếu ({member.UserName}): HTTP {(int)confirm.StatusCode}");
                        }
                    }

                    fields.Add(new("Step", "submit"));
                    forms.Add(fields);
                }

                var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                var burst = members.Select(async (member, i) =>
                {
                    await gate.Task;
                    var watch = Stopwatch.StartNew();
                    using var response = await member.PostAsync($"/CouncilSessions/Ballot/{sessionId}", forms[i], cancellationToken);
                    watch.Stop();
                    return (Ms: watch.Elapsed.TotalMilliseconds, Ok: response.StatusCode == HttpStatusCode.Redirect);
                }).ToList();
                var started = Stopwatch.StartNew();
                gate.SetResult();
                var results = await Task.WhenAll(burst);
                started.Stop();
                if (round > 0)
                {
                    wall += started.Elapsed;
                    latencies.AddRange(results.Select(r => r.Ms));
                    errors += results.Count(r => !r.Ok);
                }

                var participations = await ScalarAsync<long>(db, tenantId, "SELECT count(*) FROM council_participations WHERE session_id = $1", cancellationToken, sessionId);
                var ballots = await ScalarAsync<long>(db, tenantId,
                    "SELECT count(*) FROM council_ballots b JOIN council_session_items i ON i.tenant_id = b.tenant_id AND i.id = b.item_id WHERE i.session_id = $1", cancellationToken, sessionId);
                var onAgenda = await ScalarAsync<long>(db, tenantId, "SELECT count(*) FROM council_session_items WHERE session_id = $1", cancellationToken, sessionId);
                errors += (int)(BenchCouncil.Seats - participations);
                notes.Add(string.Create(CultureInfo.InvariantCulture, $"{(round > 0 ? $"round {round}" : "warm-up")}: {participations}/{BenchCouncil.Seats} recorded, ballots {ballots} = {participations} × {onAgenda}, wall {started.Elapsed.TotalMilliseconds:0} ms, max {results.Max(r => r.Ms):0} ms"));
                if (ballots != participations * onAgenda)
                {
                    errors++;
                }

                await officer.SubmitAsync($"/CouncilSessions/Details/{sessionId}", $"/CouncilSessions/Close/{sessionId}", [], cancellationToken);
            }

            return new LoadResult("votes", latencies, wall, errors, string.Join("; ", notes));
        }
        finally
        {
            members.ForEach(m => m.Dispose());
        }
    }

    private static async Task<Guid> CreateSessionAsync(PortalSession officer, Guid termId, int items, CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.UtcNow.ToOffset(VietnamOffset);
        var created = await officer.SubmitAsync("/CouncilSessions/Create", "/CouncilSessions/Create",
        [
            new("TermId", termId.ToString()),
            new("MeetingDate", now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            new("Place", "Phòng họp số 1, UBND tỉnh"),
            new("AgendaNote", "Đo hiệu năng: bỏ phiếu kín đồng thời"),
            new("VotingClosesAt", now.AddHours(2).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture)),
        ], cancellationToken) ?? throw new InvalidOperationException("Tạo phiên họp không trả về địa chỉ.");
        var sessionId = Guid.Parse(created.ToString().Split('/').Last());
        var agenda = await officer.GetStringAsync($"/CouncilSessions/Agenda/{sessionId}", cancellationToken);
        var selected = CandidatePattern().Matches(agenda).Select(m => m.Groups[1].Value).Take(items).ToList();
        if (selected.Count == 0)
        {
            throw new InvalidOperationException("Không có đề nghị nào chờ Hội đồng trong tỉnh đo hiệu năng.");
        }

        await officer.SubmitAsync($"/CouncilSessions/Agenda/{sessionId}", $"/CouncilSessions/Agenda/{sessionId}",
            selected.Select(s => new KeyValuePair<string, string>("selected", s)), cancellationToken);
        await officer.SubmitAsync($"/CouncilSessions/Details/{sessionId}", $"/CouncilSessions/Publish/{sessionId}", [], cancellationToken);
        await officer.SubmitAsync($"/CouncilSessions/Details/{sessionId}", $"/CouncilSessions/Open/{sessionId}", [], cancellationToken);
        return sessionId;
    }

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

    private static async Task<NpgsqlConnection> OpenAsync(NpgsqlDataSource db, Guid? tenantId, CancellationToken cancellationToken)
    {
        var connection = await db.OpenConnectionAsync(cancellationToken);
        if (tenantId is { } id)
        {
            await using var set = new NpgsqlCommand("SELECT set_config('app.tenant_id', $1, false)", connection);
            set.Parameters.AddWithValue(id.ToString());
            await set.ExecuteNonQueryAsync(cancellationToken);
        }

        return connection;
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlDataSource db, Guid? tenantId, string sql, CancellationToken cancellationToken, params object[] values)
    {
        await using var connection = await OpenAsync(db, tenantId, cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var value in values)
        {
            command.Parameters.AddWithValue(value);
        }

        var result = await command.ExecuteScalarAsync(cancellationToken);
        return result is T typed ? typed : throw new InvalidOperationException($"Không tìm thấy dữ liệu đo hiệu năng ({sql}). Hãy chạy trình sinh dữ liệu trước.");
    }

    private static async Task<List<Guid>> ListAsync(NpgsqlDataSource db, Guid tenantId, string sql, CancellationToken cancellationToken, params object[] values)
    {
        await using var connection = await OpenAsync(db, tenantId, cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var value in values)
        {
            command.Parameters.AddWithValue(value);
        }

        var ids = new List<Guid>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetGuid(0));
        }

        return ids;
    }

    [GeneratedRegex("name=\"Choices\\[([0-9a-f-]{36})\\]\"")]
    private static partial Regex ItemPattern();

    [GeneratedRegex("name=\"selected\" value=\"([0-9a-f-]{36})\"")]
    private static partial Regex CandidatePattern();

    [GeneratedRegex("name=\"FormToken\" value=\"([^\"]+)\"")]
    private static partial Regex FormTokenPattern();

    [GeneratedRegex("name=\"Version\" value=\"([0-9]+)\"")]
    private static partial Regex VersionPattern();
}
