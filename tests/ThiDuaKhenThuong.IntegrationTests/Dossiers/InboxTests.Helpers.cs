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

public sealed partial class InboxTests
{
    private async Task<PortalClient> SignedInAsync(string userName)
    {
        var client = fixture.Portal.CreatePortalClient();
        await client.SignInOrFailAsync(userName, DemoAccounts.Password);
        return client;
    }

    /// <summary>A dossier taken through the pages from draft to "sent, awaiting reception".</summary>
    private async Task<Guid> SentThroughPagesAsync(PortalClient staff, PortalClient leader, string title)
    {
        var id = await CreateDraftAsync(staff, title);
        await AddNominationAsync(id);
        await UploadAsync(staff, id, "CoverLetter", "to-trinh.pdf");
        await UploadAsync(staff, id, "AdHocSummary", "tom-tat-thanh-tich.pdf");
        await ActAsync(staff, id, "submit-to-leader");
        await ActAsync(leader, id, "send");
        return id;
    }

    /// <summary>A dossier written straight through the domain, marked sent but with no workflow (cheap rows for paging and assignment).</summary>
    private async Task<Guid> SeedSentAsync(string tenantCode, string title, DateTimeOffset createdAt)
    {
        var tenantId = await fixture.TenantIdAsync(tenantCode);
        return await fixture.Portal.WithScopeAsync(async sp =>
        {
            using var scope = sp.GetRequiredService<ITenantContext>().Use(tenantId);
            var db = sp.GetRequiredService<AppDbContext>();
            var unitId = await db.Units.OrderBy(u => u.Code).Select(u => u.Id).FirstAsync();
            var dossier = new Dossier(tenantId, Guid.CreateVersion7(), unitId, 2026, AwardKinds.AdHoc, title, null, null, Guid.CreateVersion7(), createdAt);
            dossier.MarkSent(createdAt);
            dossier.Lock();
            db.Dossiers.Add(dossier);
            await db.SaveChangesAsync();
            return dossier.Id;
        });
    }

    private async Task<Guid> UserIdAsync(string userName)
        => await fixture.Portal.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());

    private async Task<int?> NumberOfAsync(string tenantCode, Guid id)
    {
        var tenantId = await fixture.TenantIdAsync(tenantCode);
        return await fixture.Portal.WithScopeAsync(async sp =>
        {
            using var scope = sp.GetRequiredService<ITenantContext>().Use(tenantId);
            return await sp.GetRequiredService<AppDbContext>().Dossiers.Where(d => d.Id == id).Select(d => d.Number).SingleAsync();
        });
    }

    /// <summary>Posts the inbox's bulk form with the chosen checkboxes; returns the response (a redirect when allowed).</summary>
    private static async Task<HttpResponseMessage> PostBulkAsync(PortalClient client, string formPage, IEnumerable<Guid> ids, string op, Guid? officerId = null)
    {
        var page = await client.GetStringAsync(formPage);
        var fields = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", WebUtility.HtmlDecode(Token().Match(page).Groups[1].Value)),
            new("op", op),
            new("officerId", officerId?.ToString() ?? string.Empty),
        };
        fields.AddRange(ids.Select(id => new KeyValuePair<string, string>("ids", id.ToString())));
        using var content = new FormUrlEncodedContent(fields);
        return await client.Http.PostAsync(new Uri("/Dossiers/Bulk", UriKind.Relative), content);
    }

    private static async Task<string> BulkAsync(PortalClient client, IEnumerable<Guid> ids, string op, Guid? officerId = null)
    {
        using var response = await PostBulkAsync(client, "/Dossiers", ids, op, officerId);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return PortalClient.Text(await client.GetStringAsync(response.Headers.Location!.ToString()));
    }

    private static IReadOnlyList<Guid> RowIds(string html)
        => [.. DetailsLink().Matches(html).Select(m => Guid.Parse(m.Groups[1].Value))];

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

    private static async Task<Guid> CreateDraftAsync(PortalClient client, string title)
    {
        using var response = await client.PostFormAsync("/Dossiers/Create", "/Dossiers/Create", new Dictionary<string, string>
        {
            ["Year"] = "2026", ["Kind"] = "AdHoc", ["Title"] = title, ["Summary"] = "Thành tích đột xuất",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return Guid.Parse(response.Headers.Location!.ToString().Split('/').Last());
    }

    private static async Task ActAsync(PortalClient client, Guid id, string action)
    {
        var page = await client.GetStringAsync($"/Dossiers/Details/{id}");
        using var response = await client.PostFormAsync($"/Dossiers/Details/{id}", $"/Dossiers/Act/{id}", new Dictionary<string, string>
        {
            ["FormToken"] = Field(page, "FormToken"),
            ["Version"] = Field(page, "Version"),
            ["Action"] = action,
            ["Comment"] = string.Empty,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        PortalClient.Text(await client.GetStringAsync(response.Headers.Location!.ToString())).ShouldContain("Đã thực hiện thao tác.");
    }

    private static async Task UploadAsync(PortalClient client, Guid id, string code, string name)
    {
        var page = await client.GetStringAsync($"/Dossiers/Details/{id}");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(Token().Match(page).Groups[1].Value)), "__RequestVerificationToken" },
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

    [GeneratedRegex("href=\"/Dossiers/Details/([0-9a-f-]{36})\"")]
    private static partial Regex DetailsLink();

    [GeneratedRegex("href=\"([^\"]+)\" data-testid=\"next-page\"")]
    private static partial Regex NextPage();
}
