using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using ThiDuaKhenThuong.Benchmarks;
using ThiDuaKhenThuong.Infrastructure.Workflow;
using ThiDuaKhenThuong.TestKit;

namespace ThiDuaKhenThuong.IntegrationTests.Benchmarks;

/// <summary>
/// The benchmark data generator in its tiny mode (2 provinces, 2,000 dossiers) against a database of its own, so the
/// large run of deploy/bench-large.sh cannot silently rot: what it loads is what the app shows.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed partial class DataGeneratorSmokeTests(PortalFixture fixture)
{
    private const string Password = "ThiDua@2025-bench";

    [Fact]
    public async Task TinyDataset_IsWhatTheStandingOfficerSees_AndASecondRunAddsNothing()
    {
        var database = await TestDatabase.CreateAsync(fixture.Database.AdminConnectionString);
        var clock = new FakeTimeProvider(fixture.Clock.GetUtcNow());
        var options = new GeneratorOptions
        {
            Connection = database.OwnerConnectionString,
            Tenants = 2,
            Dossiers = 2000,
            Seed = 7,
            Today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
        };

        var first = await new DataGenerator(options, TextWriter.Null).RunAsync();
        first.Tenants.ShouldBe(2);
        first.Dossiers.ShouldBe(2000);
        var again = await new DataGenerator(options, TextWriter.Null).RunAsync();
        again.Tenants.ShouldBe(0);
        again.SkippedTenants.ShouldBe(2);
        (await ScalarAsync(database, "SELECT count(*) FROM dossiers")).ShouldBe(2000L);

        await using var portal = new PortalFactory(database, clock);
        using var officer = portal.CreatePortalClient();
        await officer.SignInOrFailAsync("bm-ha-noi.chuyenvien", Password);
        var tenantId = (Guid)(await ScalarAsync(database, "SELECT id FROM tenants WHERE code = 'bm-ha-noi'"))!;

        // The inbox: the badge of each state is the number of the province's sent dossiers in it.
        var inbox = await officer.GetStringAsync("/Dossiers");
        var underReview = (long)(await ScalarAsync(database,
            $"SELECT count(*) FROM dossiers d JOIN workflow_instances w ON w.tenant_id = d.tenant_id AND w.subject_id = d.id WHERE d.tenant_id = '{tenantId}' AND d.sent_at IS NOT NULL AND w.state = 'UnderReview'"))!;
        underReview.ShouldBeGreaterThan(0);
        PortalClient.Text(inbox).ShouldContain($"Đang thẩm định: {underReview}");
        var sent = (long)(await ScalarAsync(database, $"SELECT count(*) FROM dossiers WHERE tenant_id = '{tenantId}' AND sent_at IS NOT NULL"))!;
        PortalClient.Text(inbox).ShouldContain($"Tổng số: {sent}");
        var rows = DetailsLink().Matches(inbox).Select(m => m.Groups[1].Value).Distinct().ToList();
        rows.Count.ShouldBe(25);

        // A dossier page, and the two searches the benchmark measures: a nominee typed without diacritics, a number.
        var (id, nominee, plain, number, year) = await SampleAsync(database, tenantId);
        var page = await officer.GetAsync($"/Dossiers/Details/{id}");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        PortalClient.Text(await page.Content.ReadAsStringAsync()).ShouldContain(nominee);
        (await officer.GetStringAsync($"/Dossiers?q={Uri.EscapeDataString(plain)}")).ShouldContain($"/Dossiers/Details/{id}");
        var byNumber = await officer.GetStringAsync($"/Dossiers?q={Uri.EscapeDataString($"{number:D4}/{year}")}");
        DetailsLink().Matches(byNumber).Select(m => m.Groups[1].Value).Distinct().ShouldBe([id.ToString()]);

        // Another province's dossier is as good as missing, and every generated history chain verifies.
        var foreign = (Guid)(await ScalarAsync(database, $"SELECT id FROM dossiers WHERE tenant_id <> '{tenantId}' LIMIT 1"))!;
        (await officer.GetAsync($"/Dossiers/Details/{foreign}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var chains = await portal.WithScopeAsync(sp => sp.GetRequiredService<HistoryVerifier>().VerifyAllTenantsAsync());
        chains.Count.ShouldBe(2);
        chains.ShouldAllBe(c => c.IsValid && c.RowCount > 0);
    }

    private static async Task<(Guid Id, string Nominee, string Plain, int Number, int Year)> SampleAsync(TestDatabase database, Guid tenantId)
    {
        await using var connection = new NpgsqlConnection(database.AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"""
            SELECT d.id, n.nominee_name, lower(f_unaccent(n.nominee_name)), d.number, d.year
            FROM dossiers d JOIN nominations n ON n.tenant_id = d.tenant_id AND n.dossier_id = d.id
            WHERE d.tenant_id = '{tenantId}' AND d.number IS NOT NULL
            ORDER BY d.created_at DESC LIMIT 1
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        (await reader.ReadAsync()).ShouldBeTrue();
        return (reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3), reader.GetInt32(4));
    }

    private static async Task<object?> ScalarAsync(TestDatabase database, string sql)
    {
        await using var connection = new NpgsqlConnection(database.AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    [GeneratedRegex("/Dossiers/Details/([0-9a-f-]{36})")]
    private static partial Regex DetailsLink();
}
