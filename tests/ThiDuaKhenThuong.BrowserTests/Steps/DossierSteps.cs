using System.Text.RegularExpressions;
using ThiDuaKhenThuong.BrowserTests.Harness;
using static Microsoft.Playwright.Assertions;

namespace ThiDuaKhenThuong.BrowserTests.Steps;

/// <summary>What people do to a nomination dossier, through its pages, and what they see afterwards.</summary>
public static partial class DossierSteps
{
    public const string Done = "Đã thực hiện thao tác.";

    public static ILocator State(Actor actor) => actor.Page.Locator("[data-testid=dossier-state]");

    public static async Task OpenAsync(Actor actor, Guid dossierId) => await actor.GotoAsync($"/Dossiers/Details/{dossierId}");

    /// <summary>Unit staff open the list, choose "Tạo hồ sơ mới", fill the form; the draft's page says it was created.</summary>
    public static async Task<Guid> CreateDossierAsync(Actor staff, string title, string summary, int year = 2025)
    {
        ArgumentNullException.ThrowIfNull(staff);
        await staff.GotoAsync("/Dossiers");
        await staff.NavigateByAsync(staff.Page.GetByRole(AriaRole.Link, new() { Name = "Tạo hồ sơ mới" }));
        await staff.Page.GetByLabel("Năm").FillAsync(year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await staff.Page.GetByLabel("Loại hình").SelectOptionAsync(new SelectOptionValue { Label = "Thường xuyên (hằng năm)" });
        await staff.Page.GetByLabel("Trích yếu").FillAsync(title);
        await staff.Page.GetByLabel("Tóm tắt").FillAsync(summary);
        await staff.NavigateByAsync(staff.Page.GetByRole(AriaRole.Button, new() { Name = "Tạo hồ sơ" }));
        await staff.ExpectNoticeAsync("Đã tạo hồ sơ dự thảo");
        await Expect(staff.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
        await Expect(State(staff)).ToContainTextAsync("Đang soạn thảo");
        return staff.IdFromAddress();
    }

    /// <summary>
    /// Unit staff choose "Thêm đề nghị", pick the first person of their own unit (★) from the registry and the
    /// award (by default the provincial certificate); the portal checks eligibility at once. Where the check fails, they write the
    /// justification the portal asks for. Returns the nominee's name.
    /// </summary>
    public static async Task<string> AddNominationFromRegistryAsync(Actor staff, Guid dossierId, string awardCode = "ProvincialCertificate")
    {
        ArgumentNullException.ThrowIfNull(staff);
        await OpenAsync(staff, dossierId);
        await staff.NavigateByAsync(staff.Page.Locator("[data-testid=add-nomination]"));
        var ownUnit = staff.Page.Locator("#Nominee option", new() { HasText = "★" }).First;
        // An option reads "Hoàng Minh Toàn (1992) – Sở Y tế ★": the name is what comes before the year.
        var option = await ownUnit.TextContentAsync() ?? string.Empty;
        var nominee = option[..option.IndexOf(" (", StringComparison.Ordinal)].Trim();
        await staff.Page.GetByLabel("Cá nhân, tập thể được đề nghị").SelectOptionAsync(new SelectOptionValue { Value = await ownUnit.GetAttributeAsync("value") });
        await staff.Page.GetByLabel("Danh hiệu, hình thức khen thưởng").SelectOptionAsync(new SelectOptionValue { Value = awardCode });
        await staff.NavigateByAsync(staff.Page.GetByRole(AriaRole.Button, new() { Name = "Thêm và kiểm tra điều kiện" }));
        await staff.ExpectNoticeAsync("Đã thêm đề nghị và kiểm tra điều kiện.");
        await Expect(staff.Page.Locator("[data-testid=eligibility-overall]")).Not.ToBeEmptyAsync();
        var justification = staff.Page.GetByLabel("Giải trình", new() { Exact = true });
        if (await justification.CountAsync() > 0)
        {
            await justification.FillAsync("Cá nhân có thành tích xuất sắc trong năm; đơn vị đề nghị xem xét đặc cách.");
            await staff.NavigateByAsync(staff.Page.GetByRole(AriaRole.Button, new() { Name = "Lưu giải trình" }));
        }

        return nominee;
    }

    /// <summary>Uploads one file through the dossier's upload form (the page must be open) and returns what the page says.</summary>
    public static async Task UploadAsync(Actor staff, string documentLabel, string? nomineeName, string fileName, string mimeType, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(staff);
        await staff.Page.GetByLabel("Loại tài liệu", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = documentLabel });
        await staff.Page.GetByLabel("Của người, tập thể").SelectOptionAsync(new SelectOptionValue { Label = nomineeName ?? "Chung cho cả hồ sơ" });
        await staff.Page.GetByLabel("Tệp (PDF").SetInputFilesAsync(new FilePayload { Name = fileName, MimeType = mimeType, Buffer = content });
        await staff.NavigateByAsync(staff.Page.GetByRole(AriaRole.Button, new() { Name = "Tải lên" }));
    }

    /// <summary>
    /// Unit staff upload a file for every line of the "Còn thiếu" list (a PDF, or a Word file every other time) until the
    /// list is gone; each upload is acknowledged and the file is listed.
    /// </summary>
    public static async Task UploadRequiredDocumentsAsync(Actor staff, Guid dossierId)
    {
        ArgumentNullException.ThrowIfNull(staff);
        await OpenAsync(staff, dossierId);
        var missing = staff.Page.Locator("[data-testid=missing-documents] li");
        (await missing.CountAsync()).ShouldBeGreaterThan(0, "a new dossier lacks its required documents");
        for (var i = 0; await missing.CountAsync() > 0; i++)
        {
            i.ShouldBeLessThan(20, "every upload must shorten the list of missing documents");
            var line = (await missing.First.TextContentAsync() ?? string.Empty).Trim();
            var parts = line.Split(" – ", 2);
            var (name, mime, content) = i % 2 == 0
                ? ($"tai-lieu-{i + 1}.pdf", "application/pdf", SampleFiles.Pdf("Tai lieu " + (i + 1)))
                : ($"tai-lieu-{i + 1}.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", SampleFiles.Docx("Tài liệu " + (i + 1)));
            await UploadAsync(staff, parts[0], parts.Length > 1 ? parts[1] : null, name, mime, content);
            await staff.ExpectNoticeAsync("Đã tải lên tài liệu.");
            await Expect(staff.Page.Locator("[data-testid=documents]")).ToContainTextAsync(name);
        }
    }

    /// <summary>Chooses the action <paramref name="action"/> on the dossier's page (with a comment), confirms, and sees it done.</summary>
    public static async Task ActAsync(Actor actor, Guid dossierId, string action, string? comment = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await OpenAsync(actor, dossierId);
        var button = actor.Page.Locator($"button[name=Action][value=\"{action}\"]");
        await Expect(button).ToBeEnabledAsync();
        if (comment is not null)
        {
            await actor.Page.GetByLabel("Ý kiến (bắt buộc").FillAsync(comment);
        }

        await actor.NavigateByAsync(button);
        await actor.ExpectNoticeAsync(Done);
    }

    /// <summary>The Standing Agency officer opens every nomination of the dossier and records it as eligible.</summary>
    public static async Task AppraiseEveryNominationAsync(Actor officer, Guid dossierId)
    {
        ArgumentNullException.ThrowIfNull(officer);
        await OpenAsync(officer, dossierId);
        var links = officer.Page.Locator("[data-testid=dossier-nominations] tbody a");
        var addresses = new List<string>();
        foreach (var link in await links.AllAsync())
        {
            addresses.Add(await link.GetAttributeAsync("href") ?? throw new InvalidOperationException("A nomination link without an address."));
        }

        addresses.ShouldNotBeEmpty();
        foreach (var address in addresses)
        {
            await officer.GotoAsync(address);
            await officer.Page.GetByLabel("Đủ điều kiện", new() { Exact = true }).CheckAsync();
            await officer.Page.GetByLabel("Ý kiến thẩm định").FillAsync("Đủ tiêu chuẩn theo Luật Thi đua, khen thưởng 2022.");
            await officer.Page.GetByLabel("Lý do (bắt buộc").FillAsync("Đã xác minh thành tích với đơn vị.");
            await officer.NavigateByAsync(officer.Page.GetByRole(AriaRole.Button, new() { Name = "Lưu kết quả thẩm định" }));
            await officer.ExpectNoticeAsync("Đã lưu kết quả thẩm định.");
            await Expect(officer.Page.Locator("[data-testid=appraisal]")).ToContainTextAsync("Đủ điều kiện");
        }

        await OpenAsync(officer, dossierId);
        await Expect(officer.Page.Locator("[data-testid=dossier-nominations] tbody tr")).ToHaveCountAsync(addresses.Count);
        foreach (var row in await officer.Page.Locator("[data-testid=dossier-nominations] tbody tr").AllAsync())
        {
            await Expect(row.Locator("td").Nth(4)).ToHaveTextAsync("Đủ điều kiện");
        }
    }

    public static async Task ExpectStateAsync(Actor actor, Guid dossierId, string label)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await OpenAsync(actor, dossierId);
        await Expect(State(actor)).ToContainTextAsync(label);
    }

    [GeneratedRegex(@"\d{4}/\d{4}/HS-TĐKT")]
    public static partial Regex DossierNumber();
}
