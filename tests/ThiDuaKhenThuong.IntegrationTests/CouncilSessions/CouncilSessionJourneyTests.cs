using System.Net;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Council;
using ThiDuaKhenThuong.Domain.Dossiers;
using ThiDuaKhenThuong.Domain.Voting;
using ThiDuaKhenThuong.Domain.Workflow;
using ThiDuaKhenThuong.Infrastructure.Seeding;
using ThiDuaKhenThuong.TestKit;
using static ThiDuaKhenThuong.IntegrationTests.CouncilSessions.CouncilSessionsTestKit;
using static ThiDuaKhenThuong.IntegrationTests.Nominations.NominationsTestKit;

namespace ThiDuaKhenThuong.IntegrationTests.CouncilSessions;

[Collection(PortalCollection.Name)]
public sealed class CouncilSessionJourneyTests(PortalFixture fixture)
{
    [Fact]
    public async Task ASession_RunsFromAgendaToResults_WithConflictsWrittenBallotsMinutesAndTheWorkflowMoved()
    {
        using var officer = await SignedInAsync(fixture, Officer);
        var (dossierId, nominations, people) = await AwaitingCouncilAsync(fixture, "Hồ sơ Chiến sĩ thi đua cấp tỉnh của Sở Y tế", 2);
        var size = await CouncilSizeAsync(fixture);
        size.ShouldBeGreaterThanOrEqualTo(18);
        var health = await InThaiBinhAsync(fixture, db => db.Units.Where(u => u.Code == "SYT").Select(u => (Guid?)u.Id).SingleAsync());

        // The second nominee sits on the council: link a member's person record to them.
        var seated = SeatAccount("Vũ Văn Sơn");
        await InThaiBinhAsync(fixture, async db =>
        {
            var member = await db.CouncilMembers.SingleAsync(m => m.FullName == seated.FullName);
            member.LinkPerson(people[1].PersonId);
            return await db.SaveChangesAsync();
        });

        // 1. Agenda: the candidates await the council; the summary sheet and its PDF carry the nominee, unit and appraisal.
        var id = await SessionAsync(fixture, officer, []);
        var agenda = PortalClient.Text(await officer.GetStringAsync($"/CouncilSessions/Agenda/{id}"));
        agenda.ShouldContain(people[0].Name);
        agenda.ShouldContain("Chiến sĩ thi đua cấp tỉnh");
        await PostPairsAsync(officer, $"/CouncilSessions/Agenda/{id}", nominations.Select(n => new KeyValuePair<string, string>("selected", n.ToString())).ToList());
        var items = await ItemsAsync(fixture, id);
        items.Select(i => i.NominationId).ShouldBe(nominations, ignoreOrder: true);
        var first = items.Single(i => i.NominationId == nominations[0]);
        var second = items.Single(i => i.NominationId == nominations[1]);
        var sheet = PortalClient.Text(await officer.GetStringAsync($"/CouncilSessions/Sheet/{id}?itemId={first.Id}"));
        sheet.ShouldContain(people[0].Name);
        sheet.ShouldContain("Sở Y tế");
        sheet.ShouldContain("Đủ điều kiện, thành tích tiêu biểu");
        using (var sheetPdf = await officer.GetAsync($"/CouncilSessions/Sheet/{id}?itemId={first.Id}&pdf=true"))
        {
            var text = await PdfTextAsync(sheetPdf);
            text.ShouldContain(people[0].Name);
            text.ShouldContain("TÓM TẮT THÀNH TÍCH");
        }

        // Before publishing, members see nothing of it.
        using var chair = await SignedInAsync(fixture, "tb.hoidong");
        (await chair.GetAsync($"/CouncilSessions/Details/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // 2. Publish: members are notified through the outbox; open voting.
        await OpenAsync(officer, id);
        var notified = await InThaiBinhAsync(fixture, db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.MessageId == $"council.{id:N}.published"));
        notified.RecipientUserIds.Count.ShouldBeGreaterThanOrEqualTo(18);
        var chairPage = PortalClient.Text(await chair.GetStringAsync($"/CouncilSessions/Details/{id}"));
        chairPage.ShouldContain("0/" + size + " thành viên đã bỏ phiếu");
        chairPage.ShouldContain(people[0].Name);
        PortalClient.Text(await chair.GetStringAsync($"/CouncilSessions/Dossier/{id}?dossierId={dossierId}")).ShouldContain("Hồ sơ Chiến sĩ thi đua cấp tỉnh của Sở Y tế");

        // The health director is of the nominating unit: excluded from both items; the seated nominee from their own.
        using var director = await SignedInAsync(fixture, SeatAccount(HealthDirector).UserName);
        var directorBallot = await director.GetStringAsync($"/CouncilSessions/Ballot/{id}");
        directorBallot.ShouldContain("data-testid=\"excluded-1\"");
        directorBallot.ShouldContain("data-testid=\"excluded-2\"");
        using (var submitted = await VoteAsync(director, id, new Dictionary<Guid, string> { [first.Id] = "For" }))
        {
            submitted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        using var nominee = await SignedInAsync(fixture, seated.UserName);
        var nomineeBallot = await nominee.GetStringAsync($"/CouncilSessions/Ballot/{id}");
        nomineeBallot.ShouldContain($"data-testid=\"excluded-{second.Order}\"");
        nomineeBallot.ShouldNotContain($"data-testid=\"excluded-{first.Order}\"");

        // A missing choice is refused with the item named; the confirmation step shows the choices; then it is stored once.
        using (var incomplete = await VoteAsync(chair, id, new Dictionary<Guid, string> { [first.Id] = "For" }, "confirm"))
        {
            incomplete.StatusCode.ShouldBe(HttpStatusCode.OK);
            PortalClient.Text(await incomplete.Content.ReadAsStringAsync()).ShouldContain($"Mục {second.Order} ({people[1].Name}): vui lòng chọn");
        }

        var both = new Dictionary<Guid, string> { [first.Id] = "For", [second.Id] = "Against" };
        using (var confirm = await VoteAsync(chair, id, both, "confirm"))
        {
            var text = PortalClient.Text(await confirm.Content.ReadAsStringAsync());
            text.ShouldContain("Vui lòng kiểm tra lại lựa chọn");
            text.ShouldContain("Không đồng ý");
        }

        (await VoteAsync(chair, id, both)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        PortalClient.Text(await chair.GetStringAsync($"/CouncilSessions/Details/{id}")).ShouldContain("Bạn đã bỏ phiếu trong phiên họp này.");
        (await VoteAsync(nominee, id, new Dictionary<Guid, string> { [first.Id] = "For" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        // 13 more members vote online: first item for, second item against (so item 1 passes, item 2 fails).
        var online = Voters.Where(a => a.UserName != "tb.hoidong" && a.FullName != HealthDirector && a.UserName != seated.UserName).Take(13).ToList();
        foreach (var account in online)
        {
            using var member = await SignedInAsync(fixture, account.UserName);
            using var voted = await VoteAsync(member, id, both);
            voted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        // During voting: only "k/n", no counts, for everyone — the officer included.
        var during = PortalClient.Text(await officer.GetStringAsync($"/CouncilSessions/Details/{id}"));
        during.ShouldContain($"16/{size} thành viên đã bỏ phiếu");
        during.ShouldNotContain("Ngưỡng áp dụng");
        (await officer.GetAsync($"/CouncilSessions/Minutes/{id}?kind=count")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        // An absent member's written ballot, entered by the officer under its own procedure.
        var absent = Voters.Where(a => a.UserName != "tb.hoidong" && a.FullName != HealthDirector && a.UserName != seated.UserName).Skip(13).First();
        var absentMember = await InThaiBinhAsync(fixture, db => db.CouncilMembers.Where(m => m.FullName == absent.FullName).Select(m => m.Id).SingleAsync());
        PortalClient.Text(await officer.GetStringAsync($"/CouncilSessions/Written/{id}?memberId={absentMember}")).ShouldContain("Phiếu bằng văn bản của " + absent.FullName);
        using (var written = await officer.PostFormAsync(
            $"/CouncilSessions/Written/{id}?memberId={absentMember}", $"/CouncilSessions/Written/{id}",
            new Dictionary<string, string> { ["memberId"] = absentMember.ToString(), [$"Choices[{first.Id}]"] = "For", [$"Choices[{second.Id}]"] = "Abstain", ["Step"] = "submit" }))
        {
            written.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        var procedure = PortalClient.Text(await officer.GetStringAsync($"/CouncilSessions/Details/{id}"));
        procedure.ShouldContain($"17/{size} thành viên đã bỏ phiếu");
        procedure.ShouldContain("Phiếu bằng văn bản của thành viên vắng mặt");
        procedure.ShouldContain(absent.FullName + " Phạm Thu Hà");

        // 3. Close: frozen counts. Item 1: 16 for of the 17 eligible (the director excluded) → passes at 70 %.
        using (var closed = await officer.PostFormAsync($"/CouncilSessions/Details/{id}", $"/CouncilSessions/Close/{id}", new Dictionary<string, string>()))
        {
            closed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        var members = await InThaiBinhAsync(fixture, db => db.CouncilMembers.AsNoTracking().ToListAsync());
        var eligible1 = size - members.Count(m => m.StartsOn <= MeetingDay && m.UnitId == health);
        var eligible2 = eligible1 - 1;
        items = await ItemsAsync(fixture, id);
        first = items.Single(i => i.Id == first.Id);
        second = items.Single(i => i.Id == second.Id);
        (first.ForVotes, first.AgainstVotes, first.AbstainVotes, first.EligibleCount).ShouldBe((16, 0, 0, eligible1));
        first.Result.ShouldBe(VoteResult.Passed);
        (second.ForVotes, second.AgainstVotes, second.AbstainVotes, second.EligibleCount).ShouldBe((0, 14, 1, eligible2));
        second.Result.ShouldBe(VoteResult.Failed);
        var after = PortalClient.Text(await officer.GetStringAsync($"/CouncilSessions/Details/{id}"));
        after.ShouldContain("Kiểm tra hòm phiếu: số phiếu khớp số lượt tham gia ở mọi đề nghị.");
        after.ShouldContain("Không đạt");

        // 4. The minutes name the nominees and carry the counts.
        using (var count = await officer.GetAsync($"/CouncilSessions/Minutes/{id}?kind=count"))
        {
            var text = await PdfTextAsync(count);
            text.ShouldContain("BIÊN BẢN KIỂM PHIẾU");
            text.ShouldContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
            text.ShouldContain(people[0].Name);
            text.ShouldContain(people[1].Name);
            text.ShouldContain($"Tổng số thành viên Hội đồng: {size}. Số thành viên tham gia bỏ phiếu: 17 (trực tiếp: 16; bằng văn bản: 1)");
            System.Text.RegularExpressions.Regex.IsMatch(text, $@"{people[0].Name}\s+16\s+0\s+0\s+{eligible1}\s+\d+\s+Đạt").ShouldBeTrue(text);
        }

        using (var meeting = await chair.GetAsync($"/CouncilSessions/Minutes/{id}?kind=meeting"))
        {
            var text = await PdfTextAsync(meeting);
            text.ShouldContain("BIÊN BẢN HỌP");
            text.ShouldContain("Nguyễn Khắc Thận");
            text.ShouldContain("1. Các đề nghị đạt (1)");
            text.ShouldContain("2. Các đề nghị không đạt (1)");
        }

        // Feed the workflow: outcomes on the nominations, the dossier moved by record-vote, the unit reads the result.
        using (var recorded = await officer.PostFormAsync($"/CouncilSessions/Details/{id}", $"/CouncilSessions/Record/{id}", new Dictionary<string, string>()))
        {
            recorded.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        var dossier = await DossierAsync(fixture, dossierId);
        dossier.Nominations.Single(n => n.Id == nominations[0]).Outcome.ShouldBe(NominationOutcome.AwaitingDecision);
        var failed = dossier.Nominations.Single(n => n.Id == nominations[1]);
        failed.Outcome.ShouldBe(NominationOutcome.NotPassed);
        failed.OutcomeReason!.ShouldContain($"0 đồng ý, 14 không đồng ý, 1 không biểu quyết trên {eligible2} thành viên");
        var state = await InThaiBinhAsync(fixture, db => db.WorkflowInstances.Where(i => i.SubjectId == dossierId).Select(i => i.State).SingleAsync());
        state.ShouldBe(WorkflowStates.CouncilVoted);
        var history = await InThaiBinhAsync(fixture, db => db.WorkflowHistory.Where(h => h.Action == WorkflowActions.RecordVote).CountAsync());
        history.ShouldBeGreaterThan(0);
        using var staff = await SignedInAsync(fixture, "tb.canbo");
        var unitPage = PortalClient.Text(await staff.GetStringAsync($"/Dossiers/Details/{dossierId}"));
        unitPage.ShouldContain("Không được Hội đồng thông qua");
        unitPage.ShouldContain("14 không đồng ý");
    }

    [Fact]
    public async Task UnitStaff_OtherProvinces_AndNonMembers_CannotSeeOrVote_AndAMemberNeverSeesOthersChoices()
    {
        using var officer = await SignedInAsync(fixture, Officer);
        var (dossierId, nominations, _) = await AwaitingCouncilAsync(fixture, "Hồ sơ kiểm tra quyền phiên họp", 1);
        var id = await SessionAsync(fixture, officer, nominations);
        await OpenAsync(officer, id);
        var item = (await ItemsAsync(fixture, id)).Single();

        using var staff = await SignedInAsync(fixture, "tb.canbo");
        (await staff.GetAsync($"/CouncilSessions/Details/{id}")).StatusCode.ShouldNotBe(HttpStatusCode.OK);
        (await staff.GetAsync($"/CouncilSessions/Ballot/{id}")).StatusCode.ShouldNotBe(HttpStatusCode.OK);

        using var foreign = await SignedInAsync(fixture, "hy.hoidong");
        (await foreign.GetAsync($"/CouncilSessions/Details/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await foreign.GetAsync($"/CouncilSessions/Dossier/{id}?dossierId={dossierId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using (var vote = await VoteAsync(foreign, id, new Dictionary<Guid, string> { [item.Id] = "For" }, path: $"/CouncilSessions/Ballot/{id}"))
        {
            vote.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        // The head of the Standing Agency sees the session but is no member: no ballot.
        using var head = await SignedInAsync(fixture, "tb.truongban");
        (await head.GetAsync($"/CouncilSessions/Details/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await head.GetAsync($"/CouncilSessions/Ballot/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // A council-role account not linked to a seat of the term cannot vote either.
        var unlinked = await fixture.CreateUserAsync(DemoTenants.ThaiBinhCode, "SNV", Domain.Identity.Roles.CouncilMember);
        using var stranger = await SignedInAsync(fixture, unlinked);
        (await stranger.GetAsync($"/CouncilSessions/Details/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await VoteAsync(stranger, id, new Dictionary<Guid, string> { [item.Id] = "For" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // A member who voted sees that they voted, never a choice — theirs or others'.
        using var member = await SignedInAsync(fixture, "tb.hoidong");
        (await VoteAsync(member, id, new Dictionary<Guid, string> { [item.Id] = "Against" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        using var other = await SignedInAsync(fixture, Voters.First(a => a.UserName == "tb.hoidong02").UserName);
        (await VoteAsync(other, id, new Dictionary<Guid, string> { [item.Id] = "For" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = PortalClient.Text(await member.GetStringAsync($"/CouncilSessions/Details/{id}"));
        page.ShouldContain("2/");
        page.ShouldNotContain("Không đồng ý");
        page.ShouldNotContain("Đồng ý");
        (await member.GetAsync($"/CouncilSessions/Ballot/{id}")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        // Officer-only steps are refused to members.
        using (await member.PostFormAsync($"/CouncilSessions/Details/{id}", $"/CouncilSessions/Close/{id}", new Dictionary<string, string>()))
        {
        }

        (await InThaiBinhAsync(fixture, db => db.CouncilSessions.Where(s => s.Id == id).Select(s => s.Status).SingleAsync())).ShouldBe(CouncilSessionStatus.Voting);
    }
}
