using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Infrastructure.Seeding;
using ThiDuaKhenThuong.Infrastructure.Tenancy;
using ThiDuaKhenThuong.TestKit;

namespace ThiDuaKhenThuong.IntegrationTests.Organisation;

/// <summary>What a Thái Bình administrator does on the organisation pages, and a look into the database to check it.</summary>
internal sealed partial class OrganisationSteps(PortalFixture fixture, PortalClient client)
{
    public PortalClient Client => client;

    public static async Task<OrganisationSteps> SignInAsync(PortalFixture fixture, string userName = "tb.quantri")
    {
        var client = fixture.Portal.CreatePortalClient();
        await client.SignInOrFailAsync(userName, DemoAccounts.Password);
        return new OrganisationSteps(fixture, client);
    }

    /// <summary>A marker unique to a test, put in names so that a search finds only that test's units.</summary>
    public static string Marker() => "ZT" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Adds a unit through the form and returns its id.</summary>
    public async Task<Guid> CreateUnitAsync(string code, string name, DateOnly validFrom, Guid? parentId = null, string kind = "Department")
    {
        using var response = await PostAsync("/Organisation/CreateUnit", "/Organisation/CreateUnit", new()
        {
            ["Code"] = code, ["Name"] = name, ["Kind"] = kind, ["ParentId"] = parentId?.ToString() ?? "", ["ValidFrom"] = Iso(validFrom),
        });
        return UnitIdFrom(response);
    }

    /// <summary>Posts a restructuring form of <paramref name="unitId"/> with a decision and the confirmation ticked.</summary>
    public async Task<HttpResponseMessage> OperateAsync(string operation, Guid unitId, DateOnly effective, Dictionary<string, string> fields, bool confirmed = true)
    {
        var url = $"/Organisation/{operation}/{unitId}";
        fields["Effective"] = Iso(effective);
        fields["DecisionNumber"] = "99/QĐ-UBND";
        fields["DecisionDate"] = Iso(effective.AddDays(-10));
        fields["Confirmed"] = confirmed ? "true" : "false";
        return await PostAsync("/Units", url, fields);
    }

    public async Task<HttpResponseMessage> PostAsync(string formPage, string action, Dictionary<string, string> fields)
        => await client.PostFormAsync(formPage, action, fields);

    /// <summary>Posts a form whose select allows several values (FormUrlEncodedContent needs repeated keys).</summary>
    public async Task<HttpResponseMessage> PostPairsAsync(string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var page = await client.GetStringAsync("/Units");
        var token = WebUtility.HtmlDecode(TokenPattern().Match(page).Groups[1].Value);
        using var content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token)));
        return await client.Http.PostAsync(new Uri(action, UriKind.Relative), content);
    }

    public static Guid UnitIdFrom(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Expected a redirect, got {(int)response.StatusCode}: {PortalClient.Text(response.Content.ReadAsStringAsync().GetAwaiter().GetResult())}");
        }

        return Guid.Parse(response.Headers.Location!.ToString().Split('/').Last());
    }

    /// <summary>The names the directory lists for a search, as of a day (or every unit when no day).</summary>
    public async Task<List<string>> ListAsync(string search, DateOnly? asOf = null)
    {
        var html = await client.GetStringAsync($"/Units?q={Uri.EscapeDataString(search)}&asOf={(asOf is { } d ? Iso(d) : "")}");
        return UnitLink().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
    }

    public async Task<string> PageTextAsync(string url) => PortalClient.Text(await client.GetStringAsync(url));

    public static string Errors(string html) => PortalClient.Text(FormErrors().Match(html).Value);

    public async Task<T> DbAsync<T>(Func<AppDbContext, Task<T>> query)
    {
        var tenantId = await fixture.TenantIdAsync(DemoTenants.ThaiBinhCode);
        return await fixture.Portal.WithScopeAsync(async sp =>
        {
            using var scope = sp.GetRequiredService<ITenantContext>().Use(tenantId);
            return await query(sp.GetRequiredService<AppDbContext>());
        });
    }

    public Task<int> LineageCountAsync(Guid unitId)
        => DbAsync(db => db.UnitLineages.CountAsync(l => l.PredecessorId == unitId || l.SuccessorId == unitId));

    [GeneratedRegex("<td><a href=\"/Units/Details/[^\"]+\">([^<]+)</a></td>")]
    private static partial Regex UnitLink();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("<div class=\"alert alert-danger\" role=\"alert\" data-testid=\"form-errors\">.*?</div>", RegexOptions.Singleline)]
    private static partial Regex FormErrors();
}
