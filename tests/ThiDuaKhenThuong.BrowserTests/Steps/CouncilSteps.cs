using System.Globalization;
using System.Text.RegularExpressions;
using ThiDuaKhenThuong.BrowserTests.Harness;
using static Microsoft.Playwright.Assertions;

namespace ThiDuaKhenThuong.BrowserTests.Steps;

/// <summary>
/// What the Standing Agency and the council do with a nomination awaiting the council, through their pages: a session
/// with it on the agenda, published, voting opened; members' secret ballots; a written ballot; closing and recording.
/// </summary>
public static partial class CouncilSteps
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    public static ILocator SessionStatus(Actor actor) => actor.Page.Locator("[data-testid=session-status]");

    /// <summary>
    /// The officer creates a session of the current term: meeting day today, or the term's last day if the term has
    /// ended (members are those of the meeting day); voting closes tomorrow. Lands on the agenda. Returns the session id.
    /// </summary>
    public static async Task<Guid> CreateSessionAsync(Actor officer, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(officer);
        await officer.GotoAsync("/CouncilSessions");
        await officer.GotoAsync("/CouncilSessions/Create");
        var term = officer.Page.Locator("#TermId option:not([value=''])").First;
        var label = (await term.TextContentAsync())!;
        // "Nhiệm kỳ 2021 – 2026 (01/07/2021 – 30/06/2026)": the term's last day is the last date.
        var ends = DateOnly.ParseExact(TermDates().Matches(label)[^1].Value, "dd/MM/yyyy", CultureInfo.InvariantCulture);
        var vietnam = now.ToOffset(TimeSpan.FromHours(7));
        var today = DateOnly.FromDateTime(vietnam.DateTime);
        var meeting = today < ends ? today : ends;
        await officer.Page.GetByLabel("Nhiệm kỳ Hội đồng").SelectOptionAsync(new SelectOptionValue { Value = await term.GetAttributeAsync("value") });
        await officer.Page.GetByLabel("Ngày họp").FillAsync(meeting.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await officer.Page.GetByLabel("Kết thúc bỏ phiếu lúc").FillAsync(vietnam.AddDays(1).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture));
        await officer.Page.GetByLabel("Địa điểm").FillAsync("Phòng họp tầng 3, UBND tỉnh");
        await officer.Page.GetByLabel("Nội dung, ghi chú chương trình").FillAsync("Xét danh hiệu Chiến sĩ thi đua cấp tỉnh.");
        await officer.NavigateByAsync(officer.Page.GetByRole(AriaRole.Button, new() { Name = "Tạo phiên họp" }));
        await officer.ExpectNoticeAsync("Đã tạo phiên họp.");
        return officer.IdFromAddress();
    }

    /// <summary>The officer ticks the nominee on the agenda page and saves; the session page lists them.</summary>
    public static async Task PutOnAgendaAsync(Actor officer, Guid sessionId, string nominee)
    {
        ArgumentNullException.ThrowIfNull(officer);
        await officer.GotoAsync($"/CouncilSessions/Agenda/{sessionId}");
        await officer.Page.GetByLabel(nominee, new() { Exact = true }).CheckAsync();
        await officer.NavigateByAsync(officer.Page.GetByRole(AriaRole.Button, new() { Name = "Lưu chương trình" }));
        await officer.ExpectNoticeAsync("Đã cập nhật chương trình phiên họp.");
        await Expect(officer.Page.Locator("[data-testid=agenda]")).ToContainTextAsync(nominee);
        await Expect(SessionStatus(officer)).Not.ToHaveTextAsync("Đang bỏ phiếu");
    }

    /// <summary>The officer publishes the agenda (members are notified) and opens voting; nobody has voted yet.</summary>
    public static async Task PublishAndOpenVotingAsync(Actor officer, Guid sessionId)
    {
        ArgumentNullException.ThrowIfNull(officer);
        await officer.GotoAsync($"/CouncilSessions/Details/{sessionId}");
        await officer.NavigateByAsync(officer.Page.GetByRole(AriaRole.Button, new() { Name = "Công bố chương trình" }));
        await officer.ExpectNoticeAsync("Đã công bố chương trình");
        await officer.NavigateByAsync(officer.Page.GetByRole(AriaRole.Button, new() { Name = "Mở bỏ phiếu" }));
        await officer.ExpectNoticeAsync("Đã mở bỏ phiếu.");
        await Expect(SessionStatus(officer)).ToHaveTextAsync("Đang bỏ phiếu");
        await Expect(officer.Page.Locator("[data-testid=progress]")).ToContainTextAsync("0/");
    }

    /// <summary>
    /// A member opens the session, chooses "Bỏ phiếu", votes "Đồng ý" for the nominee, checks the choice on the
    /// confirmation page and submits; the session page thanks them and no longer offers a ballot.
    /// </summary>
    public static async Task VoteForAsync(Actor member, Guid sessionId, string nominee)
    {
        ArgumentNullException.ThrowIfNull(member);
        await member.GotoAsync($"/CouncilSessions/Details/{sessionId}");
        await member.NavigateByAsync(member.Page.Locator("[data-testid=ballot-link]"));
        await ChooseForAndSubmitAsync(member, nominee);
        await member.ExpectNoticeAsync("Đã ghi nhận phiếu của bạn.");
        await Expect(member.Page.Locator("[data-testid=voted]")).ToBeVisibleAsync();
        await Expect(member.Page.Locator("[data-testid=ballot-link]")).ToHaveCountAsync(0);
    }

    /// <summary>The officer enters the written ballot of an absent member ("Đồng ý"); the session lists who entered it for whom.</summary>
    public static async Task EnterWrittenBallotAsync(Actor officer, Guid sessionId, string memberName, string nominee)
    {
        ArgumentNullException.ThrowIfNull(officer);
        await officer.GotoAsync($"/CouncilSessions/Details/{sessionId}");
        await officer.NavigateByAsync(officer.Page.GetByRole(AriaRole.Link, new() { Name = "Nhập phiếu bằng văn bản" }));
        var option = officer.Page.Locator("#memberId option", new() { HasText = memberName });
        await officer.Page.GetByLabel("Thành viên").SelectOptionAsync(new SelectOptionValue { Value = await option.GetAttributeAsync("value") });
        await officer.NavigateByAsync(officer.Page.GetByRole(AriaRole.Button, new() { Name = "Nhập phiếu" }));
        await Expect(officer.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Phiếu bằng văn bản của " + memberName);
        await ChooseForAndSubmitAsync(officer, nominee);
        await officer.ExpectNoticeAsync($"Đã ghi nhận phiếu bằng văn bản của {memberName}.");
        await Expect(officer.Page.Locator("[data-testid=written-ballots]")).ToContainTextAsync(memberName);
    }

    private static async Task ChooseForAndSubmitAsync(Actor actor, string nominee)
    {
        await Expect(actor.Page.Locator("[data-testid=ballot]")).ToContainTextAsync(nominee);
        await actor.Page.Locator("[data-testid=ballot] fieldset").GetByLabel("Đồng ý", new() { Exact = true }).CheckAsync();
        await actor.NavigateByAsync(actor.Page.GetByRole(AriaRole.Button, new() { Name = "Tiếp tục" }));
        await Expect(actor.Page.Locator("[data-testid=ballot-confirm]")).ToBeVisibleAsync();
        await Expect(actor.Page.Locator("form table tbody tr")).ToContainTextAsync([nominee]);
        await Expect(actor.Page.Locator("form table tbody tr").First).ToContainTextAsync("Đồng ý");
        await actor.NavigateByAsync(actor.Page.GetByRole(AriaRole.Button, new() { Name = "Xác nhận gửi phiếu" }));
    }

    /// <summary>
    /// The officer sees the progress "<paramref name="voted"/>/n", closes voting and sees the frozen count: the item
    /// passed with <paramref name="voted"/> votes for, and the box checks out.
    /// </summary>
    public static async Task CloseVotingAsync(Actor officer, Guid sessionId, int voted)
    {
        ArgumentNullException.ThrowIfNull(officer);
        await officer.GotoAsync($"/CouncilSessions/Details/{sessionId}");
        await Expect(officer.Page.Locator("[data-testid=progress]")).ToContainTextAsync(voted.ToString(Vi) + "/");
        await officer.NavigateByAsync(officer.Page.GetByRole(AriaRole.Button, new() { Name = "Kết thúc bỏ phiếu" }));
        await officer.ExpectNoticeAsync("Đã kết thúc bỏ phiếu; kết quả đã được chốt.");
        await Expect(SessionStatus(officer)).Not.ToHaveTextAsync("Đang bỏ phiếu");
        await Expect(officer.Page.Locator("[data-testid=result-1]")).ToHaveTextAsync("Đạt");
        await Expect(officer.Page.Locator("[data-testid=agenda] tbody tr td").Nth(4)).ToHaveTextAsync(voted.ToString(Vi));
        await Expect(officer.Page.Locator("[data-testid=counting-check]")).ToContainTextAsync("số phiếu khớp số lượt tham gia");
    }

    /// <summary>The officer records the results into the nomination and its dossier (→ "Hội đồng đã bỏ phiếu").</summary>
    public static async Task RecordResultsAsync(Actor officer, Guid sessionId)
    {
        ArgumentNullException.ThrowIfNull(officer);
        await officer.GotoAsync($"/CouncilSessions/Details/{sessionId}");
        await officer.NavigateByAsync(officer.Page.GetByRole(AriaRole.Button, new() { Name = "Ghi nhận kết quả vào hồ sơ" }));
        await officer.ExpectNoticeAsync("Đã ghi nhận kết quả vào 1 đề nghị; 1 hồ sơ chuyển sang bước \"Hội đồng đã bỏ phiếu\".");
    }

    [GeneratedRegex(@"\d{2}/\d{2}/\d{4}")]
    private static partial Regex TermDates();
}
