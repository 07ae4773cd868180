using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Npgsql;

namespace ThiDuaKhenThuong.Benchmarks.Load;

/// <summary><c>load votes</c>: bursts of secret ballots from a whole council.</summary>
public static partial class LoadProgram
{
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

    [GeneratedRegex("name=\"Choices\\[([0-9a-f-]{36})\\]\"")]
    private static partial Regex ItemPattern();

    [GeneratedRegex("name=\"selected\" value=\"([0-9a-f-]{36})\"")]
    private static partial Regex CandidatePattern();
}
