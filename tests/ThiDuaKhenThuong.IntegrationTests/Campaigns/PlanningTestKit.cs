using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Infrastructure.Seeding;
using ThiDuaKhenThuong.Infrastructure.Tenancy;
using ThiDuaKhenThuong.TestKit;

namespace ThiDuaKhenThuong.IntegrationTests.Campaigns;

/// <summary>Pages and forms of campaigns, plans and registrations, driven the way a browser does.</summary>
internal static partial class PlanningTestKit
{
    public static async Task<PortalClient> SignedInAsync(PortalFactory portal, string userName)
    {
        var client = portal.CreatePortalClient();
        await client.SignInOrFailAsync(userName, DemoAccounts.Password);
        return client;
    }

    /// <summary>Posts url-encoded fields that may repeat (check boxes), with the form page's anti-forgery token.</summary>
    public static async Task<HttpResponseMessage> PostAsync(PortalClient client, string formPage, string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var token = await TokenAsync(client, formPage);
        using var content = new FormUrlEncodedContent([.. fields, new("__RequestVerificationToken", token)]);
        return await client.Http.PostAsync(new Uri(action, UriKind.Relative), content);
    }

    public static async Task<HttpResponseMessage> PostFileAsync(PortalClient client, string formPage, string action, string fileField, string fileName, byte[] bytes, IDictionary<string, string>? fields = null)
    {
        var token = await TokenAsync(client, formPage);
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(token), "__RequestVerificationToken");
        foreach (var (key, value) in fields ?? new Dictionary<string, string>())
        {
            content.Add(new StringContent(value), key);
        }

        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
        content.Add(file, fileField, fileName);
        return await client.Http.PostAsync(new Uri(action, UriKind.Relative), content);
    }

    public static byte[] Pdf(string text) => Encoding.ASCII.GetBytes("%PDF-1.4\n" + text + "\n%%EOF");

    /// <summary>Applies a workflow action from a plan page (its one-time token and version), as the page's form does.</summary>
    public static async Task<HttpResponseMessage> ActOnPlanAsync(PortalClient client, Guid planId, string action, string? comment = null)
    {
        var page = await client.GetStringAsync($"/Plans/Plan/{planId}");
        var formToken = FormTokenPattern().Match(page).Groups[1].Value;
        var version = VersionPattern().Match(page).Groups[1].Value;
        return await client.PostFormAsync($"/Plans/Plan/{planId}", $"/Plans/Act/{planId}", new Dictionary<string, string>
        {
            ["Action"] = action, ["Comment"] = comment ?? string.Empty, ["FormToken"] = WebUtility.HtmlDecode(formToken), ["Version"] = version,
        });
    }

    public static async Task<T> InTenantAsync<T>(PortalFixture fixture, string tenantCode, Func<AppDbContext, Task<T>> action)
    {
        var tenantId = await fixture.TenantIdAsync(tenantCode);
        return await fixture.Portal.WithScopeAsync(async sp =>
        {
            using var _ = sp.GetRequiredService<ITenantContext>().Use(tenantId);
            return await action(sp.GetRequiredService<AppDbContext>());
        });
    }

    public static Task<Guid> UnitIdAsync(PortalFixture fixture, string tenantCode, string unitCode)
        => InTenantAsync(fixture, tenantCode, db => db.Units.Where(u => u.Code == unitCode).Select(u => u.Id).SingleAsync());

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Text(string html) => PortalClient.Text(html);

    /// <summary>The visible text of the table row marked <c>data-unit="name"</c>.</summary>
    public static string UnitRow(string html, string unitName)
    {
        var match = Regex.Match(html, "<tr data-unit=\"" + Regex.Escape(WebUtility.HtmlEncode(unitName)) + "\">(.*?)</tr>", RegexOptions.Singleline);
        if (!match.Success)
        {
            match = Regex.Match(html, "<tr data-unit=\"" + Regex.Escape(unitName) + "\">(.*?)</tr>", RegexOptions.Singleline);
        }

        return match.Success ? Text(match.Groups[1].Value) : throw new InvalidOperationException("No row for " + unitName);
    }

    private static async Task<string> TokenAsync(PortalClient client, string formPage)
    {
        var page = await client.GetStringAsync(formPage);
        var token = AntiforgeryPattern().Match(page);
        return token.Success ? WebUtility.HtmlDecode(token.Groups[1].Value) : throw new InvalidOperationException($"No anti-forgery token on {formPage}.");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryPattern();

    [GeneratedRegex("name=\"FormToken\" value=\"([^\"]+)\"")]
    private static partial Regex FormTokenPattern();

    [GeneratedRegex("name=\"Version\" value=\"([^\"]+)\"")]
    private static partial Regex VersionPattern();
}
