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

/// <summary>The dossier's route through the browser: unit staff → unit leader → Standing Agency, a return for supplement and a resubmission.</summary>
[Collection(PortalCollection.Name)]
public sealed partial class DossierJourneyTests(PortalFixture fixture)
{
    [Fact]
    public async Task Dossier_TravelsFromTheUnitToTheStandingAgency_IsReturnedForSupplement_AndComesBack()
    {
        using var staff = await SignedInAsync("tb.canbo");
        using var leader = await SignedInAsync("tb.thutruong");
        using var officer = await SignedInAsync("tb.chuyenvien");
        var id = await CreateDraftAsync(staff, "Hồ sơ hành trình đầy đủ");

        (await ActAsync(staff, id, "submit-to-leader")).ShouldContain("Hồ sơ chưa có đề nghị khen thưởng nào.");
        await AddNominationAsync(id);
        (await ActAsync(staff, id, "submit-to-leader")).ShouldContain("Hồ sơ còn thiếu");
        await UploadAsync(staff, id, "CoverLetter", "to-trinh.pdf");
        await UploadAsync(staff, id, "AdHocSummary", "tom-tat-thanh-tich.pdf");

        (await ActAsync(staff, id, "submit-to-leader")).ShouldContain("Đã thực hiện thao tác.");
        (await staff.GetStringAsync($"/Dossiers/Details/{id}")).ShouldNotContain($"/Dossiers/Upload/{id}", Case.Insensitive, "a sent dossier takes no new files");
        (await officer.GetAsync($"/Dossiers/Details/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await ActAsync(leader, id, "send")).ShouldContain("Đã thực hiện thao tác.");
        var received = await ActAsync(officer, id, "receive");
        received.ShouldContain("Đã thực hiện thao tác.");
        received.ShouldMatch(@"\d{4}/2026/HS-TĐKT");

        (await ActAsync(officer, id, "start-review")).ShouldContain("Đã thực hiện thao tác.");
        (await ActAsync(officer, id, "request-supplement")).ShouldContain("ý kiến");
        (await ActAsync(officer, id, "request-supplement", "Bổ sung biên bản họp Hội đồng cơ sở")).ShouldContain("Đã thực hiện thao tác.");

        var back = PortalClient.Text(await staff.GetStringAsync($"/Dossiers/Details/{id}"));
        back.ShouldContain("Bổ sung biên bản họp Hội đồng cơ sở");
        back.ShouldContain("đơn vị có thể sửa");
        await UploadAsync(staff, id, "CoverLetter", "to-trinh-bo-sung.pdf");
        (await ActAsync(staff, id, "resubmit")).ShouldContain("Đã thực hiện thao tác.");
        var final = PortalClient.Text(await officer.GetStringAsync($"/Dossiers/Details/{id}"));
        final.ShouldContain("to-trinh-bo-sung.pdf");
        final.ShouldContain("Đã gửi, chờ tiếp nhận");
    }

    [Fact]
    public async Task ResentForm_MakesOneTransition()
    {
        using var staff = await SignedInAsync("tb.canbo");
        var id = await CreateDraftAsync(staff, "Hồ sơ gửi hai lần");
        await AddNominationAsync(id);
        await UploadAsync(staff, id, "CoverLetter", "to-trinh.pdf");
        await UploadAsync(staff, id, "AdHocSummary", "tom-tat-thanh-tich.pdf");
        var page = await staff.GetStringAsync($"/Dossiers/Details/{id}");
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = System.Net.WebUtility.HtmlDecode(Token().Match(page).Groups[1].Value),
            ["FormToken"] = Field(page, "FormToken"),
            ["Version"] = Field(page, "Version"),
            ["Action"] = "submit-to-leader",
        };

        for (var i = 0; i < 3; i++)
        {
            using var content = new FormUrlEncodedContent(fields);
            using var response = await staff.Http.PostAsync(new Uri($"/Dossiers/Act/{id}", UriKind.Relative), content);
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        var text = PortalClient.Text(await staff.GetStringAsync($"/Dossiers/Details/{id}"));
        text.ShouldContain("Chờ thủ trưởng đơn vị duyệt");
        Regex.Count(text, "Đang soạn thảo → Chờ thủ trưởng đơn vị duyệt").ShouldBe(1);
    }

    /// <summary>Adds a nomination of a person of the unit straight through the domain (the nomination pages are tested on their own).</summary>
    private async Task AddNominationAsync(Guid dossierId)
    {
        var tenantId = await fixture.TenantIdAsync(DemoTenants.ThaiBinhCode);
        await fixture.Portal.WithScopeAsync(async sp =>
        {
            using var scope = sp.GetRequiredService<ITenantContext>().Use(tenantId);
            var db = sp.GetRequiredService<AppDbContext>();
            var dossier = await db.Dossiers.Include(d => d.Nominations).SingleAsync(d => d.Id == dossierId);
            var person = await db.People.Where(p => p.UnitId == dossier.UnitId).OrderBy(p => p.FullName).FirstAsync();
            var nomination = dossier.AddNomination(Guid.CreateVersion7(), new NomineeRef(NomineeKind.Person, person.Id, person.FullName), AwardCodes.ProvincialCertificate);
            nomination.RecordEligibility(EligibilityStatus.Unknown, "{}");
            await db.SaveChangesAsync();
            return 0;
        });
    }

    private async Task<PortalClient> SignedInAsync(string userName)
    {
        var client = fixture.Portal.CreatePortalClient();
        await client.SignInOrFailAsync(userName, DemoAccounts.Password);
        return client;
    }

    private static async Task<Guid> CreateDraftAsync(PortalClient client, string title)
    {
        using var response = await client.PostFormAsync("/Dossiers/Create", "/Dossiers/Create", new Dictionary<string, string>
        {
            ["Year"] = "2026", ["Kind"] = "AdHoc", ["Title"] = title, ["Summary"] = "Thành tích đột xuất",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return Guid.Parse(response.Headers.Location!.ToString().Split('/').Last());
    }

    /// <summary>Posts the dossier page's action form as the browser would and returns the text of the page it lands on.</summary>
    private static async Task<string> ActAsync(PortalClient client, Guid id, string action, string comment = "")
    {
        var page = await client.GetStringAsync($"/Dossiers/Details/{id}");
        page.ShouldContain($"value=\"{action}\"", Case.Sensitive, $"the action {action} must be offered on the page");
        using var response = await client.PostFormAsync($"/Dossiers/Details/{id}", $"/Dossiers/Act/{id}", new Dictionary<string, string>
        {
            ["FormToken"] = Field(page, "FormToken"),
            ["Version"] = Field(page, "Version"),
            ["Action"] = action,
            ["Comment"] = comment,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return PortalClient.Text(await client.GetStringAsync(response.Headers.Location!.ToString()));
    }

    private static async Task UploadAsync(PortalClient client, Guid id, string code, string name)
    {
        var page = await client.GetStringAsync($"/Dossiers/Details/{id}");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(System.Net.WebUtility.HtmlDecode(Token().Match(page).Groups[1].Value)), "__RequestVerificationToken" },
            { new StringContent(code), "DocumentCode" },
        };
        var file = new ByteArrayContent(Encoding.ASCII.GetBytes("%PDF-1.4\n" + name + "\n%%EOF"));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "File", name);
        using var response = await client.Http.PostAsync(new Uri($"/Dossiers/Upload/{id}", UriKind.Relative), form);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    private static string Field(string html, string name)
        => Regex.Match(html, $"name=\"{name}\" value=\"([^\"]*)\"").Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
