using Microsoft.Extensions.DependencyInjection;
using ThiDuaKhenThuong.BrowserTests.Harness;
using ThiDuaKhenThuong.Infrastructure.Reporting;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;
using static ThiDuaKhenThuong.BrowserTests.Steps.CouncilSteps;
using static ThiDuaKhenThuong.BrowserTests.Steps.DecisionSteps;
using static ThiDuaKhenThuong.BrowserTests.Steps.DossierSteps;

namespace ThiDuaKhenThuong.BrowserTests.Journeys;

/// <summary>
/// A nomination dossier's whole route, each person at their own browser: the unit builds it, its leader sends it, the
/// Standing Agency receives it and asks for a supplement, the unit supplements, the agency appraises it, and its head
/// puts it before the council; the council votes on it in a session (secret ballot), the agency records the result, the
/// leader signs the award decision, and the province's annual report names the awardee.
/// </summary>
public sealed class NominationJourneyTests(BrowserFixture fixture, ITestOutputHelper output) : JourneyTest(fixture, output)
{
    /// <summary>Voted on by the council (secret ballot, ≥ 70 % of all members, quorum 2/3) and decided by the province.</summary>
    private const string Award = "ProvincialEmulationFighter";

    /// <summary>
    /// Council members who vote online (Thái Bình's council has 18 seats; the health director sits for the nominating
    /// unit and is excluded, leaving 17 eligible: quorum 2/3 needs 12 present online, the award 70 % of 17, i.e. 12 for).
    /// </summary>
    private static readonly string[] OnlineVoters = ["tb.hoidong", .. Enumerable.Range(2, 11).Select(n => $"tb.hoidong{n:00}")];

    /// <summary>An absent member whose written ballot the officer enters (tb.hoidong16's seat).</summary>
    private const string AbsentMember = "Đỗ Văn Hải";

    [Fact]
    public async Task Dossier_BuiltByTheUnit_Supplemented_Appraised_VotedByTheCouncil_Decided_NamedInTheAnnualReport()
    {
        var title = "Đề nghị Chiến sĩ thi đua cấp tỉnh năm 2025 – hành trình trên trình duyệt " + Guid.NewGuid().ToString("N")[..6];
        var staff = await Step(() => SignInAsync("tb.canbo"));
        var id = await Step(() => CreateDossierAsync(staff, title, "Thành tích xuất sắc năm 2025"));
        var nominee = await Step(() => AddNominationFromRegistryAsync(staff, id, Award));
        await Step(() => UploadRequiredDocumentsAsync(staff, id));
        await Step(() => SubmitToLeaderAsync(staff, id, nominee));

        var leader = await Step(() => SignInAsync("tb.thutruong"));
        await Step(() => SendAsync(leader, id));

        var officer = await Step(() => SignInAsync("tb.chuyenvien"));
        await Step(() => ReceiveAsync(officer, id));
        var asked = await Step(() => ReturnForSupplementAsync(officer, id, "Bổ sung biên bản họp Hội đồng Thi đua - Khen thưởng cơ sở."));

        await Step(() => SeeSupplementRequestAsync(staff, id, asked));
        await Step(() => SupplementAndResubmitAsync(staff, id));

        await Step(() => ReceiveAsync(officer, id));
        await Step(() => StartReviewAsync(officer, id));
        await Step(() => AppraiseEveryNominationAsync(officer, id));

        var head = await Step(() => SignInAsync("tb.truongban"));
        await Step(() => SendToCouncilAsync(head, id));
        await Step(() => ExpectStateAsync(staff, id, "Chờ Hội đồng xét"));

        // The council session: agenda, publication, secret ballot, written ballot, count, results into the dossier.
        var session = await Step(() => CreateSessionAsync(officer, Fixture.Server.Clock.GetUtcNow()));
        await Step(() => PutOnAgendaAsync(officer, session, nominee));
        await Step(() => PublishAndOpenVotingAsync(officer, session));
        for (var i = 0; i < OnlineVoters.Length; i++)
        {
            // The first two members' pages are checked with axe; the others see the same pages under their own name.
            var account = OnlineVoters[i];
            var member = await Step(() => SignInAsync(account, checkAccessibility: i < 2), test: nameof(Dossier_BuiltByTheUnit_Supplemented_Appraised_VotedByTheCouncil_Decided_NamedInTheAnnualReport));
            await Step(() => VoteForAsync(member, session, nominee), test: nameof(Dossier_BuiltByTheUnit_Supplemented_Appraised_VotedByTheCouncil_Decided_NamedInTheAnnualReport));
        }

        await Step(() => EnterWrittenBallotAsync(officer, session, AbsentMember, nominee));
        await Step(() => CloseVotingAsync(officer, session, OnlineVoters.Length + 1));
        await Step(() => RecordResultsAsync(officer, session));
        await Step(() => ExpectStateAsync(staff, id, "Hội đồng đã bỏ phiếu"));

        // The head forwards the dossier for decision; the officer drafts the decision; the provincial leader signs it.
        await Step(() => ForwardForDecisionAsync(head, id));
        var decision = await Step(() => DraftDecisionAsync(officer, Award, nominee));
        var provincialLeader = await Step(() => SignInAsync("tb.lanhdao"));
        var number = await Step(() => SignDecisionAsync(provincialLeader, decision, nominee));
        await Step(() => ExpectStateAsync(staff, id, "Đã có quyết định khen thưởng"));

        // The annual report of the decision's year is published (a background job renders it) and names the awardee.
        var year = Fixture.Server.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(7)).Year;
        await Step(() => RequestAnnualReportAsync(officer, year));
        await Step(() => Fixture.Server.Services.GetRequiredService<ReportJobRunner>().RunOnceAsync());
        await Step(() => SeePublishedReportAsync(officer, nominee));
        await Step(() => DownloadAnnualReportAsync(provincialLeader, nominee, number));
    }

    /// <summary>The documents are complete; staff submit to their leader, see the new state, and can no longer upload.</summary>
    private static async Task SubmitToLeaderAsync(Actor staff, Guid id, string nominee)
    {
        await OpenAsync(staff, id);
        await Expect(staff.Page.Locator("[data-testid=missing-documents]")).ToHaveCountAsync(0);
        await Expect(staff.Page.Locator("[data-testid=dossier-nominations]")).ToContainTextAsync(nominee);

        // The cover letter is drafted by the portal, listing the nominee.
        var (fileName, content) = await staff.DownloadAsync(staff.Page.GetByRole(AriaRole.Link, new() { Name = "Tải tờ trình (Word)" }));
        fileName.ShouldEndWith(".docx");
        SampleFiles.DocxText(content).ShouldContain(nominee);

        await ActAsync(staff, id, "submit-to-leader");
        await Expect(State(staff)).ToHaveTextAsync("Chờ thủ trưởng đơn vị duyệt");
        await Expect(staff.Page.GetByRole(AriaRole.Button, new() { Name = "Tải lên" })).ToHaveCountAsync(0);
    }

    private static async Task SendAsync(Actor leader, Guid id)
    {
        await ActAsync(leader, id, "send");
        await Expect(State(leader)).ToHaveTextAsync("Đã gửi, chờ tiếp nhận");
    }

    /// <summary>The officer receives the dossier; it gets its number in the agency's register.</summary>
    private static async Task ReceiveAsync(Actor officer, Guid id)
    {
        await ActAsync(officer, id, "receive");
        await Expect(State(officer)).ToHaveTextAsync("Đã tiếp nhận");
        await Expect(officer.Page.Locator("dl").First).ToContainTextAsync(DossierNumber());
    }

    /// <summary>
    /// The officer ticks the first item of the supplement checklist, types one more, and returns the dossier; returns
    /// the items asked for.
    /// </summary>
    private static async Task<string[]> ReturnForSupplementAsync(Actor officer, Guid id, string other)
    {
        await OpenAsync(officer, id);
        var first = officer.Page.Locator("[data-testid=supplement-choices] input[type=checkbox]").First;
        var ticked = (await first.GetAttributeAsync("value"))!;
        await first.CheckAsync();
        await officer.Page.GetByLabel("Nội dung khác").FillAsync(other);
        await officer.NavigateByAsync(officer.Page.Locator("button[name=Action][value=\"request-supplement\"]"));
        await officer.ExpectNoticeAsync(Done);
        await Expect(State(officer)).ToContainTextAsync("Chờ đơn vị bổ sung hồ sơ");
        return [ticked, other];
    }

    /// <summary>The unit sees the list of what to supplement, the same list in the timeline, and that it may edit again.</summary>
    private static async Task SeeSupplementRequestAsync(Actor staff, Guid id, string[] asked)
    {
        await OpenAsync(staff, id);
        await Expect(State(staff)).ToHaveTextAsync("Chờ đơn vị bổ sung hồ sơ (đơn vị có thể sửa)");
        var request = staff.Page.Locator("[data-testid=supplement-request] li");
        await Expect(request).ToHaveTextAsync(asked);
        await Expect(staff.Page.Locator("[data-testid=timeline]")).ToContainTextAsync($"Cần bổ sung: 1) {asked[0]}; 2) {asked[1]}");
    }

    /// <summary>Staff upload the minutes asked for and send the supplement back to the Standing Agency.</summary>
    private static async Task SupplementAndResubmitAsync(Actor staff, Guid id)
    {
        await OpenAsync(staff, id);
        var label = (await staff.Page.Locator("#DocumentCode option").First.TextContentAsync())!.Trim();
        await UploadAsync(staff, label, null, "bien-ban-hop-bo-sung.pdf", "application/pdf", SampleFiles.Pdf("Bien ban hop bo sung"));
        await staff.ExpectNoticeAsync("Đã tải lên tài liệu.");
        await Expect(staff.Page.Locator("[data-testid=documents]")).ToContainTextAsync("bien-ban-hop-bo-sung.pdf");
        await ActAsync(staff, id, "resubmit");
        await Expect(State(staff)).ToHaveTextAsync("Đã gửi, chờ tiếp nhận");
    }

    private static async Task StartReviewAsync(Actor officer, Guid id)
    {
        await ActAsync(officer, id, "start-review");
        await Expect(State(officer)).ToHaveTextAsync("Đang thẩm định");
    }

    private static async Task ForwardForDecisionAsync(Actor head, Guid id)
    {
        await ActAsync(head, id, "forward-for-decision");
        await Expect(State(head)).ToHaveTextAsync("Chờ ký quyết định");
    }

    private static async Task SendToCouncilAsync(Actor head, Guid id)
    {
        await ActAsync(head, id, "submit-to-council");
        await Expect(State(head)).ToHaveTextAsync("Chờ Hội đồng xét");
    }
}
