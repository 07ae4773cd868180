using System.Text.RegularExpressions;
using ThiDuaKhenThuong.BrowserTests.Harness;
using static Microsoft.Playwright.Assertions;

namespace ThiDuaKhenThuong.BrowserTests.Steps;

/// <summary>The award decision (drafted by the Standing Agency, signed by the provincial leader) and the annual report.</summary>
public static partial class DecisionSteps
{
    /// <summary>
    /// The officer opens "Dự thảo quyết định" for the award, keeps only the nominee ticked, names the signer, saves the pre-filled draft and
    /// lands on the decision's page, which lists the nominee. Returns the decision id.
    /// </summary>
    public static async Task<Guid> DraftDecisionAsync(Actor officer, string awardCode, string nominee)
    {
        ArgumentNullException.ThrowIfNull(officer);
        await officer.GotoAsync("/Decisions");
        await officer.GotoAsync("/Decisions/Draft?AwardCode=" + awardCode);
        await Expect(officer.Page.Locator("[data-testid=candidates]")).ToContainTextAsync(nominee);
        foreach (var box in await officer.Page.Locator("[data-testid=candidates] input[type=checkbox]").AllAsync())
        {
            await box.SetCheckedAsync(false);
        }

        await officer.Page.GetByLabel(nominee, new() { Exact = true }).CheckAsync();
        await Expect(officer.Page.GetByLabel("Số", new() { Exact = true })).Not.ToBeEmptyAsync();
        await Expect(officer.Page.GetByLabel("Trích yếu")).Not.ToBeEmptyAsync();
        await officer.Page.GetByLabel("Họ và tên người ký").FillAsync("Nguyễn Khắc Thận");
        await officer.NavigateByAsync(officer.Page.GetByRole(AriaRole.Button, new() { Name = "Lưu dự thảo" }));
        await officer.ExpectNoticeAsync("Đã lưu dự thảo.");
        await Expect(officer.Page.Locator("[data-testid=decision-items]")).ToContainTextAsync(nominee);
        return officer.IdFromAddress();
    }

    /// <summary>The leader reads the draft, ticks the confirmation and signs; the decision is recorded. Returns its number.</summary>
    public static async Task<string> SignDecisionAsync(Actor leader, Guid decisionId, string nominee)
    {
        ArgumentNullException.ThrowIfNull(leader);
        await leader.GotoAsync($"/Decisions/Details/{decisionId}");
        await Expect(leader.Page.Locator("[data-testid=decision-items]")).ToContainTextAsync(nominee);
        await leader.Page.Locator("[data-testid=sign-form] input[name=confirmed]").CheckAsync();
        await leader.NavigateByAsync(leader.Page.GetByRole(AriaRole.Button, new() { Name = "Ký và ghi nhận" }));
        await leader.ExpectNoticeAsync("Đã ký và ghi nhận Quyết định số");
        await Expect(leader.Page.Locator("[data-testid=sign-form]")).ToHaveCountAsync(0);
        var notice = (await leader.Notice.TextContentAsync())!;
        return DecisionNumber().Match(notice).Value;
    }

    /// <summary>
    /// The officer creates the province's annual report draft for <paramref name="year"/> and publishes it; the
    /// portal answers with the job page (the report is rendered by a background job).
    /// </summary>
    public static async Task RequestAnnualReportAsync(Actor officer, int year)
    {
        ArgumentNullException.ThrowIfNull(officer);
        await officer.GotoAsync("/Reports");
        await officer.Page.GetByLabel("Loại báo cáo").SelectOptionAsync(new SelectOptionValue { Value = "Annual" });
        await officer.Page.GetByLabel("Năm", new() { Exact = true }).FillAsync(year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await officer.Page.GetByLabel("Phạm vi").SelectOptionAsync(new SelectOptionValue { Value = "Province" });
        await officer.NavigateByAsync(officer.Page.GetByRole(AriaRole.Button, new() { Name = "Tạo dự thảo" }));
        await officer.ExpectNoticeAsync("Đã tạo dự thảo báo cáo");
        await officer.NavigateByAsync(officer.Page.GetByRole(AriaRole.Button, new() { Name = "Công bố phiên bản mới" }));
        officer.Page.Url.ShouldContain("/Reports/Job/");
    }

    /// <summary>Once the job ran, the officer reloads the job page, follows it to the published version, which names the awardee.</summary>
    public static async Task SeePublishedReportAsync(Actor officer, string awardee)
    {
        ArgumentNullException.ThrowIfNull(officer);
        await officer.GotoAsync(new Uri(officer.Page.Url).PathAndQuery);
        await officer.NavigateByAsync(officer.Page.GetByRole(AriaRole.Link, new() { Name = "Xem bản công bố" }));
        await Expect(officer.Page.Locator("[data-testid=table-awardees]")).ToContainTextAsync(awardee);
    }

    /// <summary>A leader opens "Báo cáo", downloads the latest annual report as PDF; its text names the awardee and the decision.</summary>
    public static async Task DownloadAnnualReportAsync(Actor leader, string awardee, string decisionNumber)
    {
        ArgumentNullException.ThrowIfNull(leader);
        await leader.GotoAsync("/Reports");
        var (fileName, content) = await leader.DownloadAsync(leader.Page.Locator("[data-testid=latest-annual]"));
        fileName.ShouldEndWith(".pdf");
        var text = Spaces().Replace(await SampleFiles.PdfTextAsync(content), " ");
        text.ShouldContain("BÁO CÁO");
        text.ShouldContain("Cá nhân, tập thể được khen thưởng cấp tỉnh, cấp Trung ương");
        text.ShouldContain(awardee);
        text.ShouldContain(decisionNumber);
    }

    [GeneratedRegex(@"\d+/QĐ-UBND")]
    private static partial Regex DecisionNumber();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
