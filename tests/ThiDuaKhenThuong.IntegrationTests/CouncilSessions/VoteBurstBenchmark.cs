using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Council;
using ThiDuaKhenThuong.Domain.Identity;
using ThiDuaKhenThuong.Infrastructure.Seeding;
using ThiDuaKhenThuong.TestKit;
using Xunit.Abstractions;
using static ThiDuaKhenThuong.IntegrationTests.CouncilSessions.CouncilSessionsTestKit;
using static ThiDuaKhenThuong.IntegrationTests.Nominations.NominationsTestKit;

namespace ThiDuaKhenThuong.IntegrationTests.CouncilSessions;

/// <summary>
/// The burst of QUALITY.md: a council of 31 submit their ballots (one page, three items) at the same instant. Asserts
/// what a user notices — all 31 recorded, ballots = participations — and prints the latencies for docs/benchmarks.md
/// (figures, not a timed assertion: the machine is shared).
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class VoteBurstBenchmark(PortalFixture fixture, ITestOutputHelper output)
{
    private static readonly DateOnly BurstDay = new(2026, 6, 20);

    [Fact]
    public async Task ThirtyOneMembersVotingAtOnce_AreAllRecorded()
    {
        // 13 extra seats, sitting only on the burst day, so the council that day has 31 members.
        var tenantId = await fixture.TenantIdAsync(DemoTenants.ThaiBinhCode);
        var term = await TermIdAsync(fixture);
        var extra = new List<string>();
        for (var i = 0; i < 13; i++)
        {
            extra.Add(await fixture.CreateUserAsync(DemoTenants.ThaiBinhCode, "SNV", Roles.CouncilMember));
        }

        await InThaiBinhAsync(fixture, async db =>
        {
            foreach (var name in extra)
            {
                var user = await db.Users.SingleAsync(u => u.UserName == name);
                var member = new CouncilMember(tenantId, Guid.CreateVersion7(), term, user.FullName, "Ủy viên bổ sung", CouncilRole.Member, BurstDay, BurstDay);
                member.Update(member.FullName, member.Position, member.Role, null, user.Id, BurstDay, BurstDay);
                db.CouncilMembers.Add(member);
            }

            return await db.SaveChangesAsync();
        });

        using var officer = await SignedInAsync(fixture, Officer);
        var (_, nominations, _) = await AwaitingCouncilAsync(fixture, "Hồ sơ đo tải bỏ phiếu", 3, "STC");
        var term2 = await TermIdAsync(fixture);
        using var created = await officer.PostFormAsync("/CouncilSessions/Create", "/CouncilSessions/Create", new Dictionary<string, string>
        {
            ["TermId"] = term2.ToString(),
            ["MeetingDate"] = BurstDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Place"] = "Hội trường UBND tỉnh",
            ["VotingClosesAt"] = Local(fixture.Clock.GetUtcNow().AddHours(4)),
        });
        var id = Guid.Parse(created.Headers.Location!.ToString().Split('/').Last());
        await PostPairsAsync(officer, $"/CouncilSessions/Agenda/{id}", nominations.Select(n => new KeyValuePair<string, string>("selected", n.ToString())).ToList());
        await OpenAsync(officer, id);
        var items = await ItemsAsync(fixture, id);
        var council = await InThaiBinhAsync(fixture, db => db.CouncilMembers.Where(m => m.TermId == term && m.StartsOn <= BurstDay && (m.EndsOn == null || m.EndsOn >= BurstDay) && m.UserId != null).CountAsync());
        council.ShouldBeGreaterThanOrEqualTo(31);

        // Sign in and open the ballot page first; then all submit together.
        var names = Voters.Select(a => a.UserName).Concat(extra).Take(31).ToList();
        var members = new List<(PortalClient Client, string Token)>();
        foreach (var name in names)
        {
            var client = await SignedInAsync(fixture, name);
            var page = await client.GetStringAsync($"/CouncilSessions/Ballot/{id}");
            var token = WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value);
            members.Add((client, token));
        }

        // Warm-up: every member's confirmation step (same pipeline, nothing stored), so the burst measures the submit.
        foreach (var m in members)
        {
            var fields = items.ToDictionary(i => $"Choices[{i.Id}]", _ => "For");
            fields["Step"] = "confirm";
            fields["__RequestVerificationToken"] = m.Token;
            using var content = new FormUrlEncodedContent(fields);
            using var response = await m.Client.Http.PostAsync(new Uri($"/CouncilSessions/Ballot/{id}", UriKind.Relative), content);
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var wall = Stopwatch.StartNew();
        var posts = members.Select(async m =>
        {
            var fields = items.ToDictionary(i => $"Choices[{i.Id}]", _ => "For");
            fields["Step"] = "submit";
            fields["__RequestVerificationToken"] = m.Token;
            using var content = new FormUrlEncodedContent(fields);
            var watch = Stopwatch.StartNew();
            using var response = await m.Client.Http.PostAsync(new Uri($"/CouncilSessions/Ballot/{id}", UriKind.Relative), content);
            return (response.StatusCode, watch.Elapsed.TotalMilliseconds, response.Headers.Location?.ToString());
        }).ToList();
        var results = await Task.WhenAll(posts);
        wall.Stop();
        foreach (var m in members)
        {
            m.Client.Dispose();
        }

        results.ShouldAllBe(r => r.StatusCode == HttpStatusCode.Redirect);
        (await InThaiBinhAsync(fixture, db => db.CouncilParticipations.CountAsync(p => p.SessionId == id))).ShouldBe(31);
        var itemIds = items.Select(i => i.Id).ToList();
        (await InThaiBinhAsync(fixture, db => db.CouncilBallots.CountAsync(b => itemIds.Contains(b.ItemId)))).ShouldBe(31 * items.Count);

        var sorted = results.Select(r => r.TotalMilliseconds).Order().ToList();
        double Percentile(double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"vote burst: 31 members × {items.Count} items, wall {wall.Elapsed.TotalMilliseconds:F0} ms, p50 {Percentile(0.5):F0} ms, p99 {Percentile(0.99):F0} ms, max {sorted[^1]:F0} ms"));
    }
}
