using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Npgsql;
using ThiDuaKhenThuong.Infrastructure.Seeding;
using ThiDuaKhenThuong.TestKit;

namespace ThiDuaKhenThuong.IntegrationTests.Authorization;

/// <summary>
/// Every page of the portal, discovered from the running app (so new pages are covered without editing this file),
/// against every role and against every row of the other province: no page answers 500, none opens without
/// sign-in, and no id of another province opens anything.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class AuthorizationMatrixTests(PortalFixture fixture)
{
    private static readonly HttpStatusCode[] Refused = [HttpStatusCode.NotFound, HttpStatusCode.Redirect, HttpStatusCode.Forbidden, HttpStatusCode.BadRequest];

    [Fact]
    public async Task EveryPage_ExceptTheAnonymousOnes_RedirectsToSignIn()
    {
        using var client = fixture.Portal.CreatePortalClient();
        var failures = new List<string>();

        foreach (var page in Pages().Where(p => !p.AllowsAnonymous))
        {
            using var response = await client.GetAsync(page.Url(Guid.NewGuid()));
            if (response.StatusCode != HttpStatusCode.Redirect || !response.Headers.Location!.ToString().Contains("/Account/Login", StringComparison.Ordinal))
            {
                failures.Add($"{page.Url(Guid.Empty)} → {(int)response.StatusCode}");
            }
        }

        failures.ShouldBeEmpty();
    }

    [Fact]
    public async Task EveryPage_ForEveryRole_AnswersWithoutAServerError()
    {
        var failures = new List<string>();
        foreach (var account in DemoAccounts.All.Where(a => a.TenantCode != DemoTenants.HungYenCode && !a.Compact))
        {
            using var client = fixture.Portal.CreatePortalClient();
            await client.SignInOrFailAsync(account.UserName, DemoAccounts.Password);
            foreach (var page in Pages())
            {
                using var response = await client.GetAsync(page.Url(Guid.NewGuid()));
                if ((int)response.StatusCode >= 500)
                {
                    failures.Add($"{account.UserName} {page.Url(Guid.Empty)} → {(int)response.StatusCode}");
                }

                if (!response.Headers.Contains("Content-Security-Policy") || !response.Headers.Contains("X-Content-Type-Options"))
                {
                    failures.Add($"{account.UserName} {page.Url(Guid.Empty)}: security headers missing");
                }
            }
        }

        failures.ShouldBeEmpty();
    }

    [Fact]
    public async Task NoPageWithAnId_OpensARowOfAnotherProvince_ForAnyRole()
    {
        var foreignIds = await ForeignIdsAsync(DemoTenants.HungYenCode);
        foreignIds.Count.ShouldBeGreaterThan(10, "the other province must have rows, or this test proves nothing");
        var pagesWithId = Pages().Where(p => p.HasId).ToList();
        pagesWithId.ShouldContain(p => p.Controller == "Units" && p.Action == "Details");
        pagesWithId.ShouldContain(p => p.Controller == "Users" && p.Action == "Details");
        var failures = new List<string>();

        foreach (var account in DemoAccounts.All.Where(a => a.TenantCode == DemoTenants.ThaiBinhCode && !a.Compact))
        {
            using var client = fixture.Portal.CreatePortalClient();
            await client.SignInOrFailAsync(account.UserName, DemoAccounts.Password);
            foreach (var page in pagesWithId)
            {
                foreach (var id in foreignIds)
                {
                    using var response = await client.GetAsync(page.Url(id));
                    if (!Refused.Contains(response.StatusCode))
                    {
                        failures.Add($"{account.UserName} {page.Url(id)} → {(int)response.StatusCode}");
                    }
                }
            }
        }

        failures.ShouldBeEmpty();
    }

    [Fact]
    public async Task EveryFormPost_WithoutItsAntiForgeryToken_IsRefused()
    {
        var actions = fixture.Portal.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items
            .OfType<ControllerActionDescriptor>()
            .Where(a => a.AttributeRouteInfo is null && a.EndpointMetadata.OfType<HttpMethodMetadata>().Any(m => m.HttpMethods.Contains("POST")))
            .Select(a => $"/{a.ControllerName}/{a.ActionName}" + (a.Parameters.Any(p => p.Name is "id" or "dossierId") ? $"/{Guid.NewGuid()}" : string.Empty))
            .Distinct().ToList();
        actions.Count.ShouldBeGreaterThan(20);
        var failures = new List<string>();
        var reachedTheFormCheck = new HashSet<string>();
        foreach (var userName in new[] { "tb.quantri", "tb.canbo", "tb.chuyenvien", "sysadmin" })
        {
            using var client = fixture.Portal.CreatePortalClient();
            await client.SignInOrFailAsync(userName, DemoAccounts.Password);
            foreach (var url in actions)
            {
                using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Name"] = "x" });
                using var response = await client.Http.PostAsync(new Uri(url, UriKind.Relative), content);
                // Refused as a forgery (400), or earlier by authorization for this role (sent to the access-denied page).
                var deniedFirst = response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("/Account/AccessDenied", StringComparison.Ordinal);
                if (response.StatusCode == HttpStatusCode.BadRequest)
                {
                    reachedTheFormCheck.Add(url);
                }
                else if (!deniedFirst)
                {
                    failures.Add($"{userName} {url} → {(int)response.StatusCode}");
                }
            }
        }

        failures.ShouldBeEmpty();
        actions.Where(a => !reachedTheFormCheck.Contains(a)).ShouldBeEmpty("every form must be refused for its missing token by some role allowed to post it");
    }

    private sealed record Page(string Controller, string Action, bool HasId, bool AllowsAnonymous)
    {
        public string Url(Guid id)
        {
            var path = Action == "Index" ? $"/{Controller}" : $"/{Controller}/{Action}";
            return HasId ? $"/{Controller}/{Action}/{id}" : path;
        }
    }

    /// <summary>The GET pages of conventional routes, read from the running app's action descriptors.</summary>
    private List<Page> Pages()
    {
        var actions = fixture.Portal.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items;
        return actions.OfType<ControllerActionDescriptor>()
            .Where(a => a.AttributeRouteInfo is null)
            .Where(a => a.EndpointMetadata.OfType<HttpMethodMetadata>().All(m => m.HttpMethods.Contains("GET")))
            .Where(a => a.Parameters.All(p => p.Name == "id" || p.BindingInfo?.BindingSource?.Id is "Query" or "Services" or "Special" || p.ParameterType.IsClass))
            .Select(a => new Page(
                a.ControllerName,
                a.ActionName,
                a.Parameters.Any(p => p.Name == "id"),
                a.EndpointMetadata.OfType<IAllowAnonymous>().Any()))
            .Distinct()
            .ToList();
    }

    /// <summary>Ids of up to five rows of every tenant-owned table of a province (read as the superuser, below row security).</summary>
    private async Task<List<Guid>> ForeignIdsAsync(string tenantCode)
    {
        var tenantId = await fixture.TenantIdAsync(tenantCode);
        await using var connection = new NpgsqlConnection(fixture.Database.AdminConnectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("""
            SELECT c.relname FROM pg_class c
            WHERE c.relkind = 'r' AND c.relnamespace = 'public'::regnamespace
              AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id')
              AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'id' AND a.atttypid = 'uuid'::regtype)
            """, connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var ids = new List<Guid>();
        foreach (var table in tables)
        {
            await using var select = new NpgsqlCommand($"SELECT id FROM \"{table}\" WHERE tenant_id = @t LIMIT 5", connection);
            select.Parameters.AddWithValue("t", tenantId);
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                ids.Add(reader.GetGuid(0));
            }
        }

        return ids;
    }
}
