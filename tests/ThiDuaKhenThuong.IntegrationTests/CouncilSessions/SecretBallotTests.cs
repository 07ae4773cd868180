using System.Net;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Auditing;
using ThiDuaKhenThuong.Domain.Council;
using ThiDuaKhenThuong.Domain.Identity;
using ThiDuaKhenThuong.Domain.Voting;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Infrastructure.Seeding;
using ThiDuaKhenThuong.TestKit;
using static ThiDuaKhenThuong.IntegrationTests.CouncilSessions.CouncilSessionsTestKit;
using static ThiDuaKhenThuong.IntegrationTests.Nominations.NominationsTestKit;

namespace ThiDuaKhenThuong.IntegrationTests.CouncilSessions;

[Collection(PortalCollection.Name)]
public sealed class SecretBallotTests(PortalFixture fixture)
{
    [Fact]
    public async Task TheBallotBox_HoldsNoVoterNoTimeNoSequence_AndNoAuditRowLinksAMemberToAChoice()
    {
        typeof(IAuditable).IsAssignableFrom(typeof(CouncilBallot)).ShouldBeFalse();
        typeof(IAuditable).IsAssignableFrom(typeof(CouncilParticipation)).ShouldBeFalse();
        var columns = await ColumnsAsync("council_ballots");
        columns.Select(c => c.Name).ShouldBe(["choice", "id", "item_id", "tenant_id"], ignoreOrder: true);
        columns.ShouldAllBe(c => c.Default == null, "no sequence, no default timestamp");
        (await ColumnsAsync("council_participations")).Select(c => c.Name).ShouldNotContain("choice");
        (await UniqueKeysOfParticipationsAsync()).ShouldBeGreaterThan(0);

        using var officer = await SignedInAsync(fixture, Officer);
        var (_, nominations, _) = await AwaitingCouncilAsync(fixture, "Hồ sơ kiểm tra hòm phiếu", 1);
        var id = await SessionAsync(fixture, officer, nominations);
        await OpenAsync(officer, id);
        var item = (await ItemsAsync(fixture, id)).Single();
        using var member = await SignedInAsync(fixture, "tb.hoidong03");
        (await VoteAsync(member, id, new Dictionary<Guid, string> { [item.Id] = "Against" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var ballots = await InThaiBinhAsync(fixture, db => db.CouncilBallots.AsNoTracking().Where(b => b.ItemId == item.Id).ToListAsync());
        ballots.Single().Id.Version.ShouldBe(4, "a random key, not a time-ordered one");
        var log = await InThaiBinhAsync(fixture, db => db.ChangeLog.AsNoTracking().Select(c => new { c.EntityType, c.Changes }).ToListAsync());
        log.ShouldNotBeEmpty();
        log.Count(c => c.EntityType.Contains("Ballot", StringComparison.Ordinal) || c.EntityType.Contains("Participation", StringComparison.Ordinal)
                       || c.Changes.Contains("\"Against\"", StringComparison.Ordinal)).ShouldBe(0);
    }

    [Fact]
    public async Task FiftySimultaneousSubmissions_ByOneMember_StoreExactlyOneBallot()
    {
        using var officer = await SignedInAsync(fixture, Officer);
        var (_, nominations, _) = await AwaitingCouncilAsync(fixture, "Hồ sơ kiểm tra bỏ phiếu đồng thời", 1);
        var id = await SessionAsync(fixture, officer, nominations);
        await OpenAsync(officer, id);
        var item = (await ItemsAsync(fixture, id)).Single();
        using var member = await SignedInAsync(fixture, "tb.hoidong04");
        var page = await member.GetStringAsync($"/CouncilSessions/Ballot/{id}");
        var token = WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value);

        var posts = Enumerable.Range(0, 50).Select(async _ =>
        {
            using var content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                [$"Choices[{item.Id}]"] = "For",
                ["Step"] = "submit",
                ["__RequestVerificationToken"] = token,
            });
            using var response = await member.Http.PostAsync(new Uri($"/CouncilSessions/Ballot/{id}", UriKind.Relative), content);
            return response.StatusCode;
        });
        var statuses = await Task.WhenAll(posts);

        statuses.ShouldAllBe(s => s == HttpStatusCode.Redirect);
        (await InThaiBinhAsync(fixture, db => db.CouncilParticipations.CountAsync(p => p.SessionId == id))).ShouldBe(1);
        (await InThaiBinhAsync(fixture, db => db.CouncilBallots.CountAsync(b => b.ItemId == item.Id))).ShouldBe(1);
    }

    [Fact]
    public async Task NoResultsBeforeClose_AndVotingClosesByItselfAtTheSetTime()
    {
        using var officer = await SignedInAsync(fixture, Officer);
        var (_, nominations, _) = await AwaitingCouncilAsync(fixture, "Hồ sơ kiểm tra tự kết thúc", 1);
        var id = await SessionAsync(fixture, officer, nominations, TimeSpan.FromMinutes(10));
        await OpenAsync(officer, id);
        var item = (await ItemsAsync(fixture, id)).Single();
        using var member = await SignedInAsync(fixture, "tb.hoidong05");
        (await VoteAsync(member, id, new Dictionary<Guid, string> { [item.Id] = "For" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await ItemsAsync(fixture, id)).Single().ForVotes.ShouldBeNull();
        PortalClient.Text(await officer.GetStringAsync($"/CouncilSessions/Details/{id}")).ShouldNotContain("Ngưỡng áp dụng");
        (await officer.GetAsync($"/CouncilSessions/Minutes/{id}?kind=count")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        fixture.Clock.Advance(TimeSpan.FromMinutes(11));
        using var late = await SignedInAsync(fixture, "tb.hoidong06");
        var page = PortalClient.Text(await late.GetStringAsync($"/CouncilSessions/Details/{id}"));
        page.ShouldContain("Đã kết thúc bỏ phiếu");
        page.ShouldContain("1/");
        var closed = await InThaiBinhAsync(fixture, db => db.CouncilSessions.AsNoTracking().SingleAsync(s => s.Id == id));
        closed.Status.ShouldBe(CouncilSessionStatus.Closed);
        closed.ClosedBy.ShouldBeNull();
        var counted = (await ItemsAsync(fixture, id)).Single();
        counted.ForVotes.ShouldBe(1);
        counted.Result.ShouldBe(VoteResult.NoQuorum);
        using (var tooLate = await VoteAsync(late, id, new Dictionary<Guid, string> { [item.Id] = "For" }))
        {
            tooLate.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        (await InThaiBinhAsync(fixture, db => db.CouncilBallots.CountAsync(b => b.ItemId == item.Id))).ShouldBe(1);
    }

    [Fact]
    public async Task FrozenResults_AreResetOnlyByASecondOfficer_Audited_AndTheCountingCheckCatchesAMissingBallot()
    {
        using var officer = await SignedInAsync(fixture, Officer);
        var (_, nominations, _) = await AwaitingCouncilAsync(fixture, "Hồ sơ kiểm tra hủy kết quả", 1);
        var id = await SessionAsync(fixture, officer, nominations);
        await OpenAsync(officer, id);
        var item = (await ItemsAsync(fixture, id)).Single();
        foreach (var name in new[] { "tb.hoidong07", "tb.hoidong08" })
        {
            using var member = await SignedInAsync(fixture, name);
            (await VoteAsync(member, id, new Dictionary<Guid, string> { [item.Id] = "For" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        await PostAsync(officer, id, "Close", []);
        PortalClient.Text(await officer.GetStringAsync($"/CouncilSessions/Details/{id}")).ShouldContain("số phiếu khớp số lượt tham gia");

        await PostAsync(officer, id, "RequestReset", new() { ["reason"] = "Phát hiện nhầm lẫn danh sách thành viên" });
        await PostAsync(officer, id, "ConfirmReset", new() { ["votingClosesAt"] = Local(fixture.Clock.GetUtcNow().AddHours(2)) });
        var refused = PortalClient.Text(await officer.GetStringAsync($"/CouncilSessions/Details/{id}"));
        refused.ShouldContain("Việc hủy kết quả phải do một cán bộ khác với người đề nghị xác nhận.");
        (await StatusAsync(id)).ShouldBe(CouncilSessionStatus.Closed);

        using var second = await SignedInAsync(fixture, await fixture.CreateUserAsync(DemoTenants.ThaiBinhCode, "BTDKT", Roles.StandingOfficer));
        await PostAsync(second, id, "ConfirmReset", new() { ["votingClosesAt"] = Local(fixture.Clock.GetUtcNow().AddHours(2)) });
        (await StatusAsync(id)).ShouldBe(CouncilSessionStatus.Voting);
        (await InThaiBinhAsync(fixture, db => db.CouncilParticipations.CountAsync(p => p.SessionId == id))).ShouldBe(0);
        (await InThaiBinhAsync(fixture, db => db.CouncilBallots.CountAsync(b => b.ItemId == item.Id))).ShouldBe(0);
        (await ItemsAsync(fixture, id)).Single().ForVotes.ShouldBeNull();
        var log = await InThaiBinhAsync(fixture, db => db.ChangeLog.AsNoTracking().Where(c => c.EntityType == nameof(CouncilSession) && c.EntityId == id.ToString()).ToListAsync());
        log.ShouldContain(c => c.Changes.Contains("Phát hiện nhầm lẫn danh sách thành viên"));
        log.ShouldContain(c => c.Changes.Contains("ResetCount"));

        // Vote again, close, then take one ballot out of the box behind the portal's back: the check reports it.
        using (var member = await SignedInAsync(fixture, "tb.hoidong09"))
        {
            (await VoteAsync(member, id, new Dictionary<Guid, string> { [item.Id] = "Against" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        await PostAsync(second, id, "Close", []);
        await InThaiBinhAsync(fixture, db => db.CouncilBallots.Where(b => b.ItemId == item.Id).ExecuteDeleteAsync());
        PortalClient.Text(await officer.GetStringAsync($"/CouncilSessions/Details/{id}")).ShouldContain("0 phiếu nhưng 1 lượt tham gia");
    }

    private static async Task PostAsync(PortalClient client, Guid id, string action, Dictionary<string, string> fields)
    {
        using var response = await client.PostFormAsync($"/CouncilSessions/Details/{id}", $"/CouncilSessions/{action}/{id}", fields);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    private Task<CouncilSessionStatus> StatusAsync(Guid id)
        => InThaiBinhAsync(fixture, db => db.CouncilSessions.Where(s => s.Id == id).Select(s => s.Status).SingleAsync());

    private sealed record Column(string Name, string? Default);

    private Task<List<Column>> ColumnsAsync(string table)
        => fixture.Portal.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Database
            .SqlQueryRaw<Column>("SELECT column_name AS \"Name\", column_default AS \"Default\" FROM information_schema.columns WHERE table_name = {0}", table)
            .ToListAsync());

    private Task<long> UniqueKeysOfParticipationsAsync()
        => fixture.Portal.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Database
            .SqlQuery<long>($"SELECT count(*) AS \"Value\" FROM pg_constraint WHERE conrelid = 'council_participations'::regclass AND contype IN ('p', 'u')")
            .SingleAsync());
}
