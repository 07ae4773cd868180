using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Catalog;
using ThiDuaKhenThuong.Domain.Dossiers;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Infrastructure.Seeding;
using ThiDuaKhenThuong.Infrastructure.Tenancy;
using ThiDuaKhenThuong.TestKit;

namespace ThiDuaKhenThuong.IntegrationTests.Dossiers;

/// <summary>
/// The whole route of issue 5 through the pages, for a thematic and an ad-hoc dossier: the unit builds it (nomination from
/// the registry with its eligibility check, the documents the checklist asks for), its leader returns it once and then
/// sends it, the Standing Agency receives it, returns it for supplement with a list, the unit answers, the officer
/// appraises each nomination and the Standing Head moves it on to the decision step.
/// </summary>
public sealed partial class DossierJourneyTests
{
    private const string ThematicCampaign = "300 ngày chung tay xóa nhà tạm, nhà dột nát";

    [Theory]
    [InlineData("Thematic", PeopleDemoStep.PassingName)]
    [InlineData("AdHoc", PeopleDemoStep.UnknownName)]
    public async Task Dossier_GoesTheWholeRoute_ThroughThePages_WithAReturnForSupplement(string kind, string nomineeName)
    {
        using var staff = await SignedInAsync("tb.canbo");
        using var leader = await SignedInAsync("tb.thutruong");
        using var officer = await SignedInAsync("tb.chuyenvien");
        using var head = await SignedInAsync("tb.truongban");
        var title = $"Hồ sơ {kind} đi trọn quy trình {Guid.NewGuid():N}"[..48];

        // 1. Unit staff: the draft (a thematic one names its campaign), a nomination from the registry, the documents.
        var campaignId = kind == "Thematic" ? await CampaignIdAsync(ThematicCampaign) : (Guid?)null;
        var fields = new Dictionary<string, string>
        {
            ["Year"] = "2026", ["Kind"] = kind, ["Title"] = title, ["Summary"] = "Thành tích trong năm 2026",
            ["CampaignId"] = campaignId?.ToString() ?? string.Empty,
        };
        Guid id;
        using (var created = await staff.PostFormAsync("/Dossiers/Create", "/Dossiers/Create", fields))
        {
            created.StatusCode.ShouldBe(HttpStatusCode.Redirect, PortalClient.Text(await created.Content.ReadAsStringAsync()));
            id = Guid.Parse(created.Headers.Location!.ToString().Split('/').Last());
        }

        var nominationId = await AddNominationThroughTheFormAsync(staff, id, nomineeName);
        var nominationPage = PortalClient.Text(await staff.GetStringAsync($"/Nominations/Details/{nominationId}"));
        nominationPage.ShouldContain("Kết quả kiểm tra tự động");
        nominationPage.ShouldContain(nomineeName);

        (await ActAsync(staff, id, "submit-to-leader")).ShouldContain("Hồ sơ còn thiếu");
        var uploaded = await UploadEveryMissingDocumentAsync(staff, id);
        uploaded.ShouldBeGreaterThan(0);
        PortalClient.Text(await staff.GetStringAsync($"/Dossiers/Details/{id}")).ShouldNotContain("Còn thiếu:");

        // 2. The unit leader returns it once with a comment, then sends it.
        (await ActAsync(staff, id, "submit-to-leader")).ShouldContain("Đã thực hiện thao tác.");
        (await ActAsync(leader, id, "return-to-drafter", "Ghi rõ thành tích năm 2026 trong tờ trình")).ShouldContain("Đã thực hiện thao tác.");
        PortalClient.Text(await staff.GetStringAsync($"/Dossiers/Details/{id}")).ShouldContain("Ghi rõ thành tích năm 2026 trong tờ trình");
        (await ActAsync(staff, id, "submit-to-leader")).ShouldContain("Đã thực hiện thao tác.");
        (await ActAsync(leader, id, "send")).ShouldContain("Đã thực hiện thao tác.");

        // 3. The Standing Agency receives it (numbered), returns it for supplement with a list; the unit answers.
        var received = await ActAsync(officer, id, "receive");
        var number = DossierNumber().Match(received);
        number.Success.ShouldBeTrue("a received dossier carries its number");
        var officerPage = await officer.GetStringAsync($"/Dossiers/Details/{id}");
        var ticked = Regex.Matches(officerPage, "name=\"Missing\" value=\"([^\"]+)\"").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).First();
        using (var returned = await officer.PostFormPairsAsync($"/Dossiers/Details/{id}", $"/Dossiers/Act/{id}",
        [
            new("FormToken", Field(officerPage, "FormToken")),
            new("Version", Field(officerPage, "Version")),
            new("Action", "request-supplement"),
            new("Missing", ticked),
            new("OtherMissing", "Xác nhận của chính quyền địa phương nơi cư trú"),
        ]))
        {
            returned.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        var asked = PortalClient.Text(await staff.GetStringAsync($"/Dossiers/Details/{id}"));
        asked.ShouldContain("Chờ đơn vị bổ sung hồ sơ");
        asked.ShouldContain("Cơ quan Thường trực yêu cầu bổ sung hồ sơ");
        asked.ShouldContain(ticked);
        asked.ShouldContain("Xác nhận của chính quyền địa phương nơi cư trú");
        (await staff.GetStringAsync("/Dossiers")).ShouldContain(title, Case.Sensitive, "the unit's list shows the dossier that waits for it");

        await UploadAsync(staff, id, DocumentCodes.CoverLetter, "xac-nhan-dia-phuong.pdf");
        (await ActAsync(staff, id, "resubmit")).ShouldContain("Đã thực hiện thao tác.");
        (await ActAsync(officer, id, "receive")).ShouldContain(number.Value, Case.Sensitive, "a resubmitted dossier keeps its number");
        (await ActAsync(officer, id, "start-review")).ShouldContain("Đang thẩm định");

        // The officer appraises the nomination; the Standing Head then moves the dossier to the decision step.
        using (var appraised = await officer.PostFormAsync($"/Nominations/Details/{nominationId}", $"/Nominations/Appraise/{nominationId}", new Dictionary<string, string>
        {
            ["Result"] = "Eligible",
            ["Note"] = "Thành tích tiêu biểu, đủ tiêu chuẩn Bằng khen.",
            ["OverrideReason"] = "Đã xác minh thành tích với đơn vị.",
        }))
        {
            appraised.StatusCode.ShouldBe(HttpStatusCode.Redirect, PortalClient.Text(await appraised.Content.ReadAsStringAsync()));
        }

        PortalClient.Text(await staff.GetStringAsync($"/Nominations/Details/{nominationId}")).ShouldContain("Đủ điều kiện");
        (await ActAsync(head, id, "forward-for-decision")).ShouldContain("Chờ ký quyết định");

        // 4. Everyone sees the same timeline; the unit sees where its dossier stands.
        var unitView = PortalClient.Text(await staff.GetStringAsync($"/Dossiers/Details/{id}"));
        unitView.ShouldContain("Chờ ký quyết định");
        unitView.ShouldContain(number.Value);
        var timeline = unitView[unitView.IndexOf("Quá trình xử lý", StringComparison.Ordinal)..];
        string[] steps =
        [
            "Đang soạn thảo → Chờ thủ trưởng đơn vị duyệt",
            "Chờ thủ trưởng đơn vị duyệt → Đang soạn thảo",
            "Ý kiến: Ghi rõ thành tích năm 2026 trong tờ trình",
            "Chờ thủ trưởng đơn vị duyệt → Đã gửi, chờ tiếp nhận",
            "Đã gửi, chờ tiếp nhận → Đã tiếp nhận",
            "Đã tiếp nhận → Chờ đơn vị bổ sung hồ sơ",
            "Chờ đơn vị bổ sung hồ sơ → Đã gửi, chờ tiếp nhận",
            "Đã tiếp nhận → Đang thẩm định",
            "Đang thẩm định → Chờ ký quyết định",
        ];
        var at = 0;
        foreach (var step in steps)
        {
            var found = timeline.IndexOf(step, at, StringComparison.Ordinal);
            found.ShouldBeGreaterThanOrEqualTo(0, $"the timeline shows “{step}” after the steps before it");
            at = found + step.Length;
        }

        var stored = await InThaiBinhAsync(db => db.Dossiers.AsNoTracking().Include(d => d.Nominations).SingleAsync(d => d.Id == id));
        stored.Kind.ToString().ShouldBe(kind);
        stored.CampaignId.ShouldBe(campaignId);
        stored.Nominations.ShouldHaveSingleItem().Appraisal.ShouldBe(AppraisalResult.Eligible);
        if (campaignId is { } campaign)
        {
            var campaignPage = PortalClient.Text(await officer.GetStringAsync($"/Campaigns/Details/{campaign}"));
            campaignPage.ShouldContain(title);
            campaignPage.ShouldContain(nomineeName);
        }
    }

    /// <summary>Picks the nominee from the registry list of the form and the provincial certificate, as a user does.</summary>
    private static async Task<Guid> AddNominationThroughTheFormAsync(PortalClient staff, Guid dossierId, string nomineeName)
    {
        var form = await staff.GetStringAsync($"/Nominations/Add/{dossierId}");
        var option = Regex.Matches(form, "<option value=\"([^\"]+)\"[^>]*>([^<]+)</option>")
            .FirstOrDefault(m => WebUtility.HtmlDecode(m.Groups[2].Value).StartsWith(nomineeName + " (", StringComparison.Ordinal));
        option.ShouldNotBeNull($"the registry list offers {nomineeName}");
        using var response = await staff.PostFormAsync($"/Nominations/Add/{dossierId}", $"/Nominations/Add/{dossierId}", new Dictionary<string, string>
        {
            ["Nominee"] = WebUtility.HtmlDecode(option.Groups[1].Value),
            ["AwardCode"] = AwardCodes.ProvincialCertificate,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, PortalClient.Text(await response.Content.ReadAsStringAsync()));
        var nominationId = Guid.Parse(response.Headers.Location!.ToString().Split('/').Last());
        var page = await staff.GetStringAsync($"/Nominations/Details/{nominationId}");
        if (page.Contains("name=\"justification\"", StringComparison.Ordinal))
        {
            using var justified = await staff.PostFormAsync($"/Nominations/Details/{nominationId}", $"/Nominations/Justify/{nominationId}", new Dictionary<string, string>
            {
                ["justification"] = "Cá nhân có thành tích xuất sắc; đơn vị đề nghị xem xét.",
            });
            justified.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        return nominationId;
    }

    /// <summary>Uploads a PDF for every line of the page's "Còn thiếu" list, naming the nominee where the line does; returns how many.</summary>
    private static async Task<int> UploadEveryMissingDocumentAsync(PortalClient staff, Guid dossierId)
    {
        var count = 0;
        while (true)
        {
            var page = await staff.GetStringAsync($"/Dossiers/Details/{dossierId}");
            var missing = MissingList().Match(page);
            if (!missing.Success)
            {
                return count;
            }

            count.ShouldBeLessThan(20, "every upload must shorten the list of missing documents");
            var line = WebUtility.HtmlDecode(ListItem().Match(missing.Groups[1].Value).Groups[1].Value).Trim();
            var parts = line.Split(" – ", 2);
            var code = Options(page, "DocumentCode").Single(o => o.Label == parts[0]).Value;
            var nomination = parts.Length > 1 ? Options(page, "NominationId").Single(o => o.Label == parts[1]).Value : string.Empty;
            using var form = new MultipartFormDataContent
            {
                { new StringContent(WebUtility.HtmlDecode(Token().Match(page).Groups[1].Value)), "__RequestVerificationToken" },
                { new StringContent(code), "DocumentCode" },
                { new StringContent(nomination), "NominationId" },
            };
            var file = new ByteArrayContent(Encoding.ASCII.GetBytes($"%PDF-1.4\n{code} {count}\n%%EOF"));
            file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            form.Add(file, "File", $"tai-lieu-{count + 1}.pdf");
            using var response = await staff.Http.PostAsync(new Uri($"/Dossiers/Upload/{dossierId}", UriKind.Relative), form);
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            count++;
        }
    }

    private static List<(string Value, string Label)> Options(string html, string select)
    {
        var body = Regex.Match(html, $"<select id=\"{select}\"[^>]*>(.*?)</select>", RegexOptions.Singleline).Groups[1].Value;
        return [.. Regex.Matches(body, "<option value=\"([^\"]*)\"[^>]*>([^<]*)</option>")
            .Select(m => (WebUtility.HtmlDecode(m.Groups[1].Value), WebUtility.HtmlDecode(m.Groups[2].Value).Trim()))];
    }

    private async Task<Guid> CampaignIdAsync(string name)
        => await InThaiBinhAsync(db => db.Campaigns.Where(c => c.Name == name).Select(c => c.Id).SingleAsync());

    private async Task<T> InThaiBinhAsync<T>(Func<AppDbContext, Task<T>> action)
    {
        var tenantId = await fixture.TenantIdAsync(DemoTenants.ThaiBinhCode);
        return await fixture.Portal.WithScopeAsync(async sp =>
        {
            using var scope = sp.GetRequiredService<ITenantContext>().Use(tenantId);
            return await action(sp.GetRequiredService<AppDbContext>());
        });
    }

    [GeneratedRegex("data-testid=\"missing-documents\">(.*?)</ul>", RegexOptions.Singleline)]
    private static partial Regex MissingList();

    [GeneratedRegex("<li>(.*?)</li>", RegexOptions.Singleline)]
    private static partial Regex ListItem();

    [GeneratedRegex(@"\d{4}/2026/HS-TĐKT")]
    private static partial Regex DossierNumber();
}
