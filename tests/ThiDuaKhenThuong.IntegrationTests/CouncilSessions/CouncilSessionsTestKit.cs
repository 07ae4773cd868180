using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Catalog;
using ThiDuaKhenThuong.Domain.Council;
using ThiDuaKhenThuong.Domain.Dossiers;
using ThiDuaKhenThuong.Domain.Identity;
using ThiDuaKhenThuong.Domain.Workflow;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Infrastructure.Seeding;
using ThiDuaKhenThuong.TestKit;
using static ThiDuaKhenThuong.IntegrationTests.Nominations.NominationsTestKit;

namespace ThiDuaKhenThuong.IntegrationTests.CouncilSessions;

/// <summary>Dossiers waiting for the council, sessions made through the pages, ballots cast as members would.</summary>
internal static class CouncilSessionsTestKit
{
    public const string Officer = "tb.chuyenvien";

    /// <summary>The demo seat of the director of Health: of the nominating unit of every SYT dossier.</summary>
    public const string HealthDirector = "Trần Thị Bích Hằng";

    public static DemoAccount SeatAccount(string fullName) => DemoAccounts.All.Single(a => a.TenantCode == DemoTenants.ThaiBinhCode && a.Role == Roles.CouncilMember && a.FullName == fullName);

    public static IEnumerable<DemoAccount> Voters => DemoAccounts.All.Where(a => a.TenantCode == DemoTenants.ThaiBinhCode && a.Role == Roles.CouncilMember);

    /// <summary>
    /// A dossier of <paramref name="unitCode"/> in <c>AwaitingCouncil</c> with one nomination per person for the provincial
    /// emulation fighter (secret ballot, 70 % of all members), appraised eligible. Returns (dossier, nomination ids).
    /// </summary>
    public static async Task<(Guid DossierId, List<Guid> Nominations, List<(Guid PersonId, string Name)> People)> AwaitingCouncilAsync(
        PortalFixture fixture, string title, int people, string unitCode = "SYT")
    {
        var (dossierId, nominations, persons) = await InThaiBinhAsync(fixture, async db =>
        {
            var unit = await db.Units.Where(u => u.Code == unitCode).Select(u => u.Id).SingleAsync();
            var taken = await db.Nominations.Where(n => n.AwardCode == AwardCodes.ProvincialEmulationFighter).Select(n => n.Nominee.Id).ToListAsync();
            var chosen = await db.People.Where(p => !taken.Contains(p.Id)).OrderBy(p => p.Id).Take(people)
                .Select(p => new { p.Id, p.FullName }).ToListAsync();
            chosen.Count.ShouldBe(people, "the demo unit must have enough people");
            var now = fixture.Clock.GetUtcNow();
            var dossier = new Dossier(db.CurrentTenantId!.Value, Guid.CreateVersion7(now), unit, 2025, AwardKinds.Annual, title, "Thành tích xuất sắc năm 2025: " + title, null, Guid.NewGuid(), now);
            var ids = new List<Guid>();
            foreach (var person in chosen)
            {
                var nomination = dossier.AddNomination(Guid.CreateVersion7(now), new NomineeRef(NomineeKind.Person, person.Id, person.FullName), AwardCodes.ProvincialEmulationFighter);
                nomination.Appraise(AppraisalResult.Eligible, "Đủ điều kiện, thành tích tiêu biểu", "Đã xác minh hồ sơ", Guid.NewGuid(), now);
                ids.Add(nomination.Id);
            }

            db.Dossiers.Add(dossier);
            await db.SaveChangesAsync();
            return (dossier.Id, ids, chosen.Select(c => (c.Id, c.FullName)).ToList());
        });
        await MoveAsync(fixture, dossierId,
            (WorkflowActions.SubmitToLeader, Roles.UnitStaff), (WorkflowActions.Send, Roles.UnitLeader),
            (WorkflowActions.Receive, Roles.StandingOfficer), (WorkflowActions.StartReview, Roles.StandingOfficer),
            (WorkflowActions.SubmitToCouncil, Roles.StandingHead));
        return (dossierId, nominations, persons);
    }

    public static Task<Guid> TermIdAsync(PortalFixture fixture)
        => InThaiBinhAsync(fixture, db => db.CouncilTerms.Where(t => t.Name == "Nhiệm kỳ 2021 – 2026").Select(t => t.Id).SingleAsync());

    /// <summary>The council on 15/06/2026 (other tests may add members to the demo term).</summary>
    public static Task<int> CouncilSizeAsync(PortalFixture fixture)
        => InThaiBinhAsync(fixture, async db =>
        {
            var term = await db.CouncilTerms.Where(t => t.Name == "Nhiệm kỳ 2021 – 2026").Select(t => t.Id).SingleAsync();
            var day = MeetingDay;
            return await db.CouncilMembers.CountAsync(m => m.TermId == term && m.StartsOn <= day && (m.EndsOn == null || m.EndsOn >= day));
        });

    public static DateOnly MeetingDay { get; } = new(2026, 6, 15);

    public static string Local(DateTimeOffset at) => at.ToOffset(TimeSpan.FromHours(7)).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);

    /// <summary>Creates a session through the form and puts <paramref name="nominations"/> on its agenda; returns its id.</summary>
    public static async Task<Guid> SessionAsync(PortalFixture fixture, PortalClient officer, IEnumerable<Guid> nominations, TimeSpan? closesIn = null)
    {
        var term = await TermIdAsync(fixture);
        using var created = await officer.PostFormAsync("/CouncilSessions/Create", "/CouncilSessions/Create", new Dictionary<string, string>
        {
            ["TermId"] = term.ToString(),
            ["MeetingDate"] = MeetingDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Place"] = "Phòng họp số 1, UBND tỉnh",
            ["AgendaNote"] = "Xét danh hiệu Chiến sĩ thi đua cấp tỉnh năm 2025",
            ["VotingClosesAt"] = Local(fixture.Clock.GetUtcNow() + (closesIn ?? TimeSpan.FromHours(4))),
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect, PortalClient.Text(await created.Content.ReadAsStringAsync()));
        var id = Guid.Parse(created.Headers.Location!.ToString().Split('/').Last());
        var form = nominations.Select(n => new KeyValuePair<string, string>("selected", n.ToString())).ToList();
        await PostPairsAsync(officer, $"/CouncilSessions/Agenda/{id}", form);
        return id;
    }

    /// <summary>Publishes and opens voting.</summary>
    public static async Task OpenAsync(PortalClient officer, Guid id)
    {
        using (var published = await officer.PostFormAsync($"/CouncilSessions/Details/{id}", $"/CouncilSessions/Publish/{id}", new Dictionary<string, string>()))
        {
            published.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        using var opened = await officer.PostFormAsync($"/CouncilSessions/Details/{id}", $"/CouncilSessions/Open/{id}", new Dictionary<string, string>());
        opened.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        PortalClient.Text(await officer.GetStringAsync($"/CouncilSessions/Details/{id}")).ShouldContain("Đang bỏ phiếu");
    }

    public static async Task<HttpResponseMessage> VoteAsync(PortalClient member, Guid sessionId, IReadOnlyDictionary<Guid, string> choices, string step = "submit", string? path = null)
    {
        var fields = choices.ToDictionary(c => $"Choices[{c.Key}]", c => c.Value);
        fields["Step"] = step;
        return await member.PostFormAsync($"/CouncilSessions/Details/{sessionId}", path ?? $"/CouncilSessions/Ballot/{sessionId}", fields);
    }

    public static Task<List<CouncilSessionItem>> ItemsAsync(PortalFixture fixture, Guid sessionId)
        => InThaiBinhAsync(fixture, db => db.CouncilSessionItems.AsNoTracking().Where(i => i.SessionId == sessionId).OrderBy(i => i.Order).ToListAsync());

    public static async Task PostPairsAsync(PortalClient client, string path, List<KeyValuePair<string, string>> pairs)
    {
        var page = await client.GetStringAsync(path);
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        pairs.Add(new("__RequestVerificationToken", WebUtility.HtmlDecode(token)));
        using var content = new FormUrlEncodedContent(pairs);
        using var response = await client.Http.PostAsync(new Uri(path, UriKind.Relative), content);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, PortalClient.Text(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>
    /// The text of a PDF, read with poppler's <c>pdftotext -layout</c>, every run of white space made one space.
    /// </summary>
    public static async Task<string> PdfTextAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        var file = Path.Combine(Path.GetTempPath(), "council-" + Guid.NewGuid().ToString("N") + ".pdf");
        await File.WriteAllBytesAsync(file, await response.Content.ReadAsByteArrayAsync());
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-layout", file, "-"]) { RedirectStandardOutput = true })!;
            var text = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            var flat = System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");
            await File.WriteAllTextAsync(Path.Combine(Path.GetTempPath(), "council-last-pdf.txt"), flat);
            return flat;
        }
        finally
        {
            File.Delete(file);
        }
    }
}
