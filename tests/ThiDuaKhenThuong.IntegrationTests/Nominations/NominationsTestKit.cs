using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Dossiers;
using ThiDuaKhenThuong.Domain.Workflow;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Infrastructure.Seeding;
using ThiDuaKhenThuong.Infrastructure.Tenancy;
using ThiDuaKhenThuong.IntegrationTests.Workflow;
using ThiDuaKhenThuong.TestKit;

namespace ThiDuaKhenThuong.IntegrationTests.Nominations;

/// <summary>Drafts, nominations and workflow moves for the nomination tests, through the pages where a user would act.</summary>
internal static partial class NominationsTestKit
{
    public static async Task<PortalClient> SignedInAsync(PortalFixture fixture, string userName)
    {
        var client = fixture.Portal.CreatePortalClient();
        await client.SignInOrFailAsync(userName, DemoAccounts.Password);
        return client;
    }

    public static async Task<Guid> CreateDraftAsync(PortalClient client, string title, int year = 2025)
    {
        var fields = new Dictionary<string, string> { ["Year"] = year.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Kind"] = "Annual", ["Title"] = title, ["Summary"] = "Thành tích năm " + year };
        using var response = await client.PostFormAsync("/Dossiers/Create", "/Dossiers/Create", fields);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return Guid.Parse(response.Headers.Location!.ToString().Split('/').Last());
    }

    /// <summary>Adds a nomination through the form; returns the new nomination's id.</summary>
    public static async Task<Guid> AddAsync(PortalClient client, Guid dossierId, string nominee, string awardCode)
    {
        using var response = await client.PostFormAsync($"/Nominations/Add/{dossierId}", $"/Nominations/Add/{dossierId}", new Dictionary<string, string>
        {
            ["Nominee"] = nominee,
            ["AwardCode"] = awardCode,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, PortalClient.Text(await response.Content.ReadAsStringAsync()));
        var location = response.Headers.Location!.ToString();
        location.ShouldStartWith("/Nominations/Details/");
        return Guid.Parse(location.Split('/').Last());
    }

    public static async Task<Guid> PersonAsync(PortalFixture fixture, string name)
        => (await PeopleOfAsync(fixture, db => db.People.Where(p => p.FullName == name))).Single();

    public static async Task<List<Guid>> PeopleOfAsync(PortalFixture fixture, Func<AppDbContext, IQueryable<Domain.People.Person>> query)
        => await InThaiBinhAsync(fixture, db => query(db).OrderBy(p => p.FullName).Select(p => p.Id).ToListAsync());

    public static async Task<T> InThaiBinhAsync<T>(PortalFixture fixture, Func<AppDbContext, Task<T>> action)
    {
        var tenantId = await fixture.TenantIdAsync(DemoTenants.ThaiBinhCode);
        return await fixture.Portal.WithScopeAsync(async sp =>
        {
            using var _ = sp.GetRequiredService<ITenantContext>().Use(tenantId);
            return await action(sp.GetRequiredService<AppDbContext>());
        });
    }

    public static Task<Dossier> DossierAsync(PortalFixture fixture, Guid id)
        => InThaiBinhAsync(fixture, db => db.Dossiers.AsNoTracking().Include(d => d.Nominations).SingleAsync(d => d.Id == id));

    /// <summary>
    /// Moves the dossier's workflow to <paramref name="actions"/> (starting it if no instance exists yet) and freezes
    /// the unit's copy the way sending does, so the Standing Agency can see it.
    /// </summary>
    public static async Task MoveAsync(PortalFixture fixture, Guid dossierId, params (string Action, string Role)[] actions)
    {
        var tenantId = await fixture.TenantIdAsync(DemoTenants.ThaiBinhCode);
        var subject = await fixture.Portal.WithScopeAsync(async sp =>
        {
            using var _ = sp.GetRequiredService<ITenantContext>().Use(tenantId);
            var db = sp.GetRequiredService<AppDbContext>();
            var dossier = await db.Dossiers.SingleAsync(d => d.Id == dossierId);
            var instance = await WorkflowTestKit.Service(sp).StartAsync(SubjectKinds.NominationDossier, dossierId, dossier.UnitId, DefaultWorkflows.ProvincialNominationCode);
            return new Subject(tenantId, dossier.UnitId, instance.Id);
        });
        foreach (var (action, role) in actions)
        {
            var outcome = await WorkflowTestKit.ApplyAsync(fixture, subject, action, role);
            outcome.Succeeded.ShouldBeTrue(outcome.RefusalReason);
        }

        await InThaiBinhAsync(fixture, async db =>
        {
            var dossier = await db.Dossiers.SingleAsync(d => d.Id == dossierId);
            dossier.Lock();
            dossier.MarkSent(fixture.Clock.GetUtcNow());
            return await db.SaveChangesAsync();
        });
    }

    public static async Task<string> UploadAsync(PortalClient client, Guid dossierId, byte[] file)
    {
        var form = await client.GetStringAsync($"/Nominations/Import/{dossierId}");
        var token = WebUtility.HtmlDecode(Token().Match(form).Groups[1].Value);
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(token), "__RequestVerificationToken");
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        content.Add(part, "file", "de-nghi.xlsx");
        using var response = await client.Http.PostAsync(new Uri($"/Nominations/Import/{dossierId}", UriKind.Relative), content);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return PortalClient.Text(await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
