using ThiDuaKhenThuong.BrowserTests.Harness;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;
using static ThiDuaKhenThuong.BrowserTests.Steps.DossierSteps;

namespace ThiDuaKhenThuong.BrowserTests.Journeys;

/// <summary>
/// A nomination dossier's whole route, each person at their own browser: the unit builds it, its leader sends it, the
/// Standing Agency receives it and asks for a supplement, the unit supplements, the agency appraises it, and its head
/// puts it before the council. Later stages (session, votes, signed decision, annual report) are further steps.
/// </summary>
public sealed class NominationJourneyTests(BrowserFixture fixture, ITestOutputHelper output) : JourneyTest(fixture, output)
{
    [Fact]
    public async Task Dossier_BuiltByTheUnit_ReturnedForSupplement_Appraised_ReachesTheCouncil()
    {
        var title = "Đề nghị Bằng khen năm 2025 – hành trình trên trình duyệt " + Guid.NewGuid().ToString("N")[..6];
        var staff = await Step(() => SignInAsync("tb.canbo"));
        var id = await Step(() => CreateDossierAsync(staff, title, "Thành tích xuất sắc năm 2025"));
        var nominee = await Step(() => AddNominationFromRegistryAsync(staff, id));
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

    private static async Task SendToCouncilAsync(Actor head, Guid id)
    {
        await ActAsync(head, id, "submit-to-council");
        await Expect(State(head)).ToHaveTextAsync("Chờ Hội đồng xét");
    }
}
