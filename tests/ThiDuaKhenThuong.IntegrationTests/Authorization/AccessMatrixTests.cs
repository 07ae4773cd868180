using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using ThiDuaKhenThuong.Domain.Catalog;
using ThiDuaKhenThuong.Domain.Dossiers;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Infrastructure.Seeding;
using ThiDuaKhenThuong.Infrastructure.Tenancy;
using ThiDuaKhenThuong.TestKit;

namespace ThiDuaKhenThuong.IntegrationTests.Authorization;

/// <summary>
/// The access matrix (<c>access-matrix.txt</c>): every routable endpoint × every role × {a row of the account's own
/// unit, a row of another unit, a row of the other province} → the expected answer. The endpoints come from the
/// running app, so a new page or form that is not in the matrix fails this test until someone decides who may use it.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class AccessMatrixTests(PortalFixture fixture)
{
    /// <summary>One account per role, in the matrix's column order. The unit roles belong to SYT.</summary>
    internal static readonly string[] Accounts = ["tb.canbo", "tb.thutruong", "tb.chuyenvien", "tb.truongban", "tb.hoidong", "tb.lanhdao", "tb.quantri", "sysadmin"];

    private const string OwnUnit = "SYT";
    private const string OtherUnit = "SNV";

    /// <summary>How to find a row of each kind: own unit, another unit, the other province.</summary>
    private static readonly Dictionary<string, string> KindQueries = new(StringComparer.Ordinal)
    {
        ["dossier"] = "SELECT id FROM dossiers WHERE tenant_id = @t AND unit_id = @u AND title LIKE 'Hồ sơ ma trận quyền%' LIMIT 1",
        ["nomination"] = "SELECT n.id FROM nominations n JOIN dossiers d ON d.tenant_id = n.tenant_id AND d.id = n.dossier_id WHERE n.tenant_id = @t AND d.unit_id = @u AND d.title LIKE 'Hồ sơ ma trận quyền%' LIMIT 1",
        ["person"] = "SELECT id FROM people WHERE tenant_id = @t AND unit_id = @u ORDER BY id LIMIT 1",
        ["collective"] = "SELECT id FROM collectives WHERE tenant_id = @t AND unit_id = @u ORDER BY id LIMIT 1",
        ["unit"] = "SELECT id FROM units WHERE tenant_id = @t AND id = @u",
        ["user"] = "SELECT id FROM users WHERE tenant_id = @t AND unit_id = @u ORDER BY user_name LIMIT 1",
        ["council-term"] = "SELECT id FROM council_terms WHERE tenant_id = @t ORDER BY id LIMIT 1",
        ["council-member"] = "SELECT id FROM council_members WHERE tenant_id = @t ORDER BY id LIMIT 1",
        ["emulation-group"] = "SELECT id FROM emulation_groups WHERE tenant_id = @t ORDER BY id LIMIT 1",
        ["workflow-definition"] = "SELECT id FROM workflow_definitions WHERE tenant_id = @t ORDER BY id LIMIT 1",
        ["workflow-instance"] = "SELECT i.id FROM workflow_instances i JOIN dossiers d ON d.tenant_id = i.tenant_id AND d.id = i.subject_id WHERE i.tenant_id = @t AND d.unit_id = @u AND d.title LIKE 'Hồ sơ ma trận quyền%' LIMIT 1",
        ["notification"] = "SELECT id FROM notifications WHERE tenant_id = @t ORDER BY id LIMIT 1",
        ["tenant"] = "SELECT id FROM tenants WHERE id = @t",
        ["campaign"] = "SELECT id FROM campaigns WHERE tenant_id = @t ORDER BY id LIMIT 1",
        ["cluster"] = "SELECT g.id FROM emulation_groups g JOIN emulation_group_members m ON m.tenant_id = g.tenant_id AND m.group_id = g.id WHERE g.tenant_id = @t AND m.unit_id = @u ORDER BY g.year DESC, g.id LIMIT 1",
        ["plan-collection"] = "SELECT id FROM plan_collections WHERE tenant_id = @t ORDER BY id LIMIT 1",
        ["unit-plan"] = "SELECT id FROM unit_plans WHERE tenant_id = @t AND unit_id = @u ORDER BY id LIMIT 1",
        ["registration"] = "SELECT id FROM title_registrations WHERE tenant_id = @t AND unit_id = @u ORDER BY id LIMIT 1",
        ["council-session"] = "SELECT id FROM council_sessions WHERE tenant_id = @t ORDER BY id LIMIT 1",
        ["council-item"] = "SELECT id FROM council_session_items WHERE tenant_id = @t ORDER BY id LIMIT 1",
        ["decision"] = "SELECT id FROM award_decisions WHERE tenant_id = @t ORDER BY id LIMIT 1",
        ["report-draft"] = "SELECT id FROM report_drafts WHERE tenant_id = @t ORDER BY id LIMIT 1",
        ["published-report"] = "SELECT id FROM published_reports WHERE tenant_id = @t ORDER BY id LIMIT 1",
        ["report-job"] = "SELECT id FROM report_jobs WHERE tenant_id = @t ORDER BY id LIMIT 1",
        ["emulation-staff"] = "SELECT id FROM emulation_staff WHERE tenant_id = @t AND unit_id = @u ORDER BY id LIMIT 1",
    };

    [Fact]
    public async Task EveryEndpoint_ForEveryRole_AnswersAsTheAccessMatrixSays()
    {
        var matrix = AccessMatrix.Load(Path.Combine(AppContext.BaseDirectory, "Authorization", "access-matrix.txt"));
        await EnsureSentDossiersAsync();
        var endpoints = Endpoints();
        var clients = new List<PortalClient>();
        try
        {
            foreach (var account in Accounts)
            {
                var client = fixture.Portal.CreatePortalClient();
                await client.SignInOrFailAsync(account, DemoAccounts.Password);
                clients.Add(client);
            }

            var mismatches = new List<string>();
            var observedLines = new List<string>();
            foreach (var endpoint in endpoints)
            {
                var kind = matrix.TryGetValue(endpoint.Key, out var row) ? row.Kind : endpoint.HasId ? "none" : "-";
                var ids = endpoint.HasId ? await ProbeIdsAsync(kind) : default;
                var tokens = new List<string>();
                for (var i = 0; i < Accounts.Length; i++)
                {
                    var token = endpoint.Method == "GET"
                        ? await ObserveGetAsync(clients[i], endpoint, ids)
                        : Classify(await PostWithoutTokenAsync(clients[i], endpoint.Url(ids.Own)));
                    tokens.Add(token);
                    if (endpoint.HasId && kind is not ("none" or "award-code" or "tenant") && Accounts[i] != "sysadmin")
                    {
                        var foreign = endpoint.Method == "GET"
                            ? Classify(await clients[i].GetAsync(endpoint.Url(ids.Foreign)))
                            : Classify(await PostWithoutTokenAsync(clients[i], endpoint.Url(ids.Foreign)));
                        if (foreign is not ("0" or "-" or "x"))
                        {
                            mismatches.Add($"{Accounts[i]} {endpoint.Key} opened a row of the other province ({foreign})");
                        }
                    }
                }

                var observed = $"{endpoint.Key} {kind} {string.Join(' ', tokens)}";
                observedLines.Add(observed);
                if (row is null)
                {
                    mismatches.Add($"not in the matrix: {observed}");
                }
                else if (!row.Tokens.SequenceEqual(tokens))
                {
                    mismatches.Add($"expected {endpoint.Key} {row.Kind} {string.Join(' ', row.Tokens)}\n     got {observed}");
                }
            }

            var routable = endpoints.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
            mismatches.AddRange(matrix.Keys.Where(k => !routable.Contains(k)).Select(k => $"in the matrix but not routable: {k}"));
            mismatches.ShouldBeEmpty("observed matrix:\n" + string.Join('\n', observedLines));
        }
        finally
        {
            clients.ForEach(c => c.Dispose());
        }
    }

    private static async Task<string> ObserveGetAsync(PortalClient client, Endpoint endpoint, (string Own, string Other, string Foreign) ids)
    {
        if (!endpoint.HasId)
        {
            return Classify(await client.GetAsync(endpoint.Url(null)));
        }

        return Classify(await client.GetAsync(endpoint.Url(ids.Own))) + Classify(await client.GetAsync(endpoint.Url(ids.Other)));
    }

    private static async Task<HttpResponseMessage> PostWithoutTokenAsync(PortalClient client, string url)
    {
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Name"] = "x" });
        return await client.Http.PostAsync(new Uri(url, UriKind.Relative), content);
    }

    /// <summary>+ opens, - refused by role, 0 not found, x reached the anti-forgery check (the role may post), &gt; sent elsewhere.</summary>
    private static string Classify(HttpResponseMessage response)
    {
        using (response)
        {
            return response.StatusCode switch
            {
                HttpStatusCode.OK => "+",
                HttpStatusCode.NotFound => "0",
                HttpStatusCode.Forbidden => "-",
                HttpStatusCode.BadRequest => "x",
                HttpStatusCode.Redirect or HttpStatusCode.SeeOther when response.Headers.Location!.ToString().Contains("/Account/AccessDenied", StringComparison.Ordinal) => "-",
                HttpStatusCode.Redirect or HttpStatusCode.SeeOther => ">",
                var other => ((int)other).ToString(CultureInfo.InvariantCulture),
            };
        }
    }

    private List<Endpoint> Endpoints()
    {
        var actions = fixture.Portal.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items;
        return actions.OfType<ControllerActionDescriptor>()
            .SelectMany(a => a.EndpointMetadata.OfType<HttpMethodMetadata>().SelectMany(m => m.HttpMethods).DefaultIfEmpty("GET")
                .Select(method => new Endpoint(method, a.AttributeRouteInfo?.Template, a.ControllerName, a.ActionName, a.Parameters.Any(p => p.Name == "id"))))
            .Where(e => e.Method is "GET" or "POST")
            .Distinct()
            .OrderBy(e => e.Key, StringComparer.Ordinal)
            .ToList();
    }

    private async Task<(string Own, string Other, string Foreign)> ProbeIdsAsync(string kind)
    {
        if (kind == "award-code")
        {
            return (AwardCodes.ProvincialCertificate, AwardCodes.ProvincialCertificate, AwardCodes.ProvincialCertificate);
        }

        if (!KindQueries.TryGetValue(kind, out var sql))
        {
            var random = Guid.NewGuid().ToString();
            return (random, random, random);
        }

        var thaiBinh = await fixture.TenantIdAsync(DemoTenants.ThaiBinhCode);
        var hungYen = await fixture.TenantIdAsync(DemoTenants.HungYenCode);
        return (await FindAsync(sql, thaiBinh, OwnUnit), await FindAsync(sql, thaiBinh, OtherUnit), await FindAsync(sql, hungYen, OwnUnit));
    }

    private async Task<string> FindAsync(string sql, Guid tenantId, string unitCode)
    {
        await using var connection = new NpgsqlConnection(fixture.Database.AdminConnectionString);
        await connection.OpenAsync();
        Guid unitId;
        await using (var unit = new NpgsqlCommand("SELECT id FROM units WHERE tenant_id = @t AND code = @c", connection))
        {
            unit.Parameters.AddWithValue("t", tenantId);
            unit.Parameters.AddWithValue("c", unitCode);
            unitId = (Guid)(await unit.ExecuteScalarAsync() ?? throw new InvalidOperationException($"No unit {unitCode}."));
        }

        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("t", tenantId);
        command.Parameters.AddWithValue("u", unitId);
        // No row of that kind yet (a feature the demo data does not exercise): an unknown id, which must answer 404.
        return (await command.ExecuteScalarAsync() as Guid?)?.ToString() ?? Guid.NewGuid().ToString();
    }

    /// <summary>A collective and a sent dossier with a nomination for the own unit, another unit and the other province's own unit.</summary>
    private async Task EnsureSentDossiersAsync()
    {
        foreach (var (tenantCode, unitCode) in new[] { (DemoTenants.ThaiBinhCode, OwnUnit), (DemoTenants.ThaiBinhCode, OtherUnit), (DemoTenants.HungYenCode, OwnUnit) })
        {
            var tenantId = await fixture.TenantIdAsync(tenantCode);
            await fixture.Portal.WithScopeAsync(async sp =>
            {
                using var scope = sp.GetRequiredService<ITenantContext>().Use(tenantId);
                var db = sp.GetRequiredService<AppDbContext>();
                var unitId = await db.Units.Where(u => u.Code == unitCode).Select(u => u.Id).SingleAsync();
                if (!await db.Collectives.AnyAsync(c => c.UnitId == unitId))
                {
                    db.Collectives.Add(new Domain.People.Collective(tenantId, Guid.CreateVersion7(), $"Phòng ma trận quyền {unitCode}", unitId, Domain.People.CollectiveKind.Collective));
                    await db.SaveChangesAsync();
                }

                if (await db.Dossiers.AnyAsync(d => d.UnitId == unitId && d.Title.StartsWith("Hồ sơ ma trận quyền")))
                {
                    return 0;
                }

                var at = fixture.Clock.GetUtcNow();
                var dossier = new Dossier(tenantId, Guid.CreateVersion7(), unitId, 2026, AwardKinds.AdHoc, $"Hồ sơ ma trận quyền {unitCode}", null, null, Guid.CreateVersion7(), at);
                var person = await db.People.Where(p => p.UnitId == unitId).OrderBy(p => p.Id).FirstAsync();
                dossier.AddNomination(Guid.CreateVersion7(), new NomineeRef(NomineeKind.Person, person.Id, person.FullName), AwardCodes.ProvincialCertificate);
                dossier.MarkSent(at);
                dossier.Lock();
                db.Dossiers.Add(dossier);
                await db.SaveChangesAsync();
                var instance = await sp.GetRequiredService<Infrastructure.Workflow.WorkflowService>().StartAsync(
                    Domain.Workflow.SubjectKinds.NominationDossier, dossier.Id, unitId, Domain.Workflow.DefaultWorkflows.ProvincialNominationCode);
                dossier.AttachWorkflow(instance.Id);
                await db.SaveChangesAsync();
                return 0;
            });
        }
    }

    private sealed record Endpoint(string Method, string? Template, string Controller, string Action, bool HasId)
    {
        public string Path => Template is not null ? "/" + Template : HasId ? $"/{Controller}/{Action}/{{id}}" : Action == "Index" ? $"/{Controller}" : $"/{Controller}/{Action}";

        public string Key => $"{Method} {Path}";

        public string Url(string? id) =>
            (id is null ? Path : Path.Replace("{id}", id, StringComparison.Ordinal)).Replace("{tenantCode}", DemoTenants.ThaiBinhCode, StringComparison.Ordinal);
    }
}

/// <summary>The matrix file: <c>METHOD PATH KIND token…</c>, one token per account of <see cref="AccessMatrixTests.Accounts"/>.</summary>
internal sealed record AccessMatrix(string Kind, IReadOnlyList<string> Tokens)
{
    public static Dictionary<string, AccessMatrix> Load(string path)
    {
        var rows = new Dictionary<string, AccessMatrix>(StringComparer.Ordinal);
        foreach (var line in File.ReadAllLines(path, Encoding.UTF8).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 3 + AccessMatrixTests.Accounts.Length)
            {
                throw new InvalidOperationException($"access-matrix.txt: wrong number of columns in “{line}”.");
            }

            rows.Add($"{parts[0]} {parts[1]}", new AccessMatrix(parts[2], parts[3..]));
        }

        return rows;
    }
}
