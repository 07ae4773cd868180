using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Identity;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Infrastructure.Seeding;
using ThiDuaKhenThuong.Infrastructure.Tenancy;
using ThiDuaKhenThuong.TestKit;

namespace ThiDuaKhenThuong.IntegrationTests.Dossiers;

[Collection(PortalCollection.Name)]
public sealed partial class DossierDraftTests(PortalFixture fixture)
{
    [Fact]
    public async Task UnitStaff_CreatesADraft_ThatOnlyTheirUnitSees()
    {
        using var staff = await SignedInAsync("tb.canbo");
        var id = await CreateDraftAsync(staff, "Đề nghị Bằng khen năm 2026 – Sở Y tế");

        PortalClient.Text(await staff.GetStringAsync("/Dossiers")).ShouldContain("Đề nghị Bằng khen năm 2026 – Sở Y tế");
        var page = PortalClient.Text(await staff.GetStringAsync($"/Dossiers/Details/{id}"));
        page.ShouldContain("Sở Y tế");
        page.ShouldContain("Tờ trình đề nghị khen thưởng kèm danh sách");
        // Who created it, in the change log at the foot of the page.
        page.ShouldContain("Lịch sử thay đổi");
        page.ShouldNotContain("Chưa có thay đổi nào được ghi nhận.");
        page.ShouldContain("Tạo mới");

        var otherUnit = await fixture.CreateUserAsync(DemoTenants.ThaiBinhCode, "SNV", Roles.UnitStaff);
        using var other = await SignedInAsync(otherUnit);
        (await other.GetAsync($"/Dossiers/Details/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        PortalClient.Text(await other.GetStringAsync("/Dossiers")).ShouldNotContain("Sở Y tế");

        using var officer = await SignedInAsync("tb.chuyenvien");
        (await officer.GetAsync($"/Dossiers/Details/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var foreign = await SignedInAsync("hy.canbo");
        (await foreign.GetAsync($"/Dossiers/Details/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Create_WithBadInput_KeepsWhatWasTyped_AndSaysWhy()
    {
        using var staff = await SignedInAsync("tb.canbo");

        using var response = await staff.PostFormAsync("/Dossiers/Create", "/Dossiers/Create", new Dictionary<string, string>
        {
            ["Year"] = "1990",
            ["Kind"] = "Annual",
            ["Title"] = string.Empty,
            ["Summary"] = "Tóm tắt đã gõ",
        });
        var html = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        PortalClient.Text(html).ShouldContain("Vui lòng nhập trích yếu hồ sơ.");
        PortalClient.Text(html).ShouldContain("Năm phải từ");
        html.ShouldContain("Tóm tắt đã gõ");
    }

    [Fact]
    public async Task PostingAnotherUnitOrProvince_ChangesNothing()
    {
        using var staff = await SignedInAsync("tb.canbo");
        var hungYen = await fixture.TenantIdAsync(DemoTenants.HungYenCode);

        var id = await CreateDraftAsync(staff, "Hồ sơ thử gán đơn vị khác", new Dictionary<string, string>
        {
            ["TenantId"] = hungYen.ToString(),
            ["UnitId"] = Guid.NewGuid().ToString(),
            ["IsEditable"] = "false",
            ["Number"] = "99",
        });

        var (unitCode, number, editable) = await fixture.Portal.WithScopeAsync(async sp =>
        {
            using var scope = sp.GetRequiredService<ITenantContext>().Use(await fixture.TenantIdAsync(DemoTenants.ThaiBinhCode));
            var db = sp.GetRequiredService<AppDbContext>();
            var dossier = await db.Dossiers.SingleAsync(d => d.Id == id);
            var code = await db.Units.Where(u => u.Id == dossier.UnitId).Select(u => u.Code).SingleAsync();
            return (code, dossier.Number, dossier.IsEditable);
        });
        unitCode.ShouldBe("SYT");
        number.ShouldBeNull();
        editable.ShouldBeTrue();
    }

    [Fact]
    public async Task Upload_KeepsAPdf_AndRefusesAProgramRenamedToPdf()
    {
        using var staff = await SignedInAsync("tb.canbo");
        var id = await CreateDraftAsync(staff, "Hồ sơ có tài liệu");
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n% Tờ trình\n%%EOF");

        using (var ok = await UploadAsync(staff, id, "CoverLetter", "to-trinh.pdf", pdf))
        {
            ok.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        using (var bad = await UploadAsync(staff, id, "CoverLetter", "virus.pdf", Encoding.ASCII.GetBytes("MZ\u0090\0\u0003\0\0\0")))
        {
            bad.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        var page = await staff.GetStringAsync($"/Dossiers/Details/{id}");
        PortalClient.Text(page).ShouldContain("Loại tệp không được chấp nhận");
        PortalClient.Text(page).ShouldContain("to-trinh.pdf");
        PortalClient.Text(page).ShouldNotContain("virus.pdf");
        PortalClient.Text(page).ShouldNotContain("Còn thiếu: Tờ trình");
        var link = DownloadLink().Match(page);
        link.Success.ShouldBeTrue();
        using var download = await staff.GetAsync(System.Net.WebUtility.HtmlDecode(link.Groups[1].Value));
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        download.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(pdf);

        using var foreign = await SignedInAsync("hy.canbo");
        (await foreign.GetAsync(System.Net.WebUtility.HtmlDecode(link.Groups[1].Value))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private async Task<PortalClient> SignedInAsync(string userName)
    {
        var client = fixture.Portal.CreatePortalClient();
        await client.SignInOrFailAsync(userName, DemoAccounts.Password);
        return client;
    }

    private static async Task<Guid> CreateDraftAsync(PortalClient client, string title, IDictionary<string, string>? extra = null)
    {
        var fields = new Dictionary<string, string> { ["Year"] = "2026", ["Kind"] = "Annual", ["Title"] = title, ["Summary"] = "Thành tích năm 2026" };
        foreach (var (key, value) in extra ?? new Dictionary<string, string>())
        {
            fields[key] = value;
        }

        using var response = await client.PostFormAsync("/Dossiers/Create", "/Dossiers/Create", fields);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return Guid.Parse(response.Headers.Location!.ToString().Split('/').Last());
    }

    private static async Task<HttpResponseMessage> UploadAsync(PortalClient client, Guid id, string code, string name, byte[] bytes)
    {
        var page = await client.GetStringAsync($"/Dossiers/Details/{id}");
        var token = Token().Match(page).Groups[1].Value;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(System.Net.WebUtility.HtmlDecode(token)), "__RequestVerificationToken" },
            { new StringContent(code), "DocumentCode" },
        };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "File", name);
        return await client.Http.PostAsync(new Uri($"/Dossiers/Upload/{id}", UriKind.Relative), form);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("href=\"(/Dossiers/Download/[^\"]+)\"")]
    private static partial Regex DownloadLink();
}
