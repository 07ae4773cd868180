using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using ThiDuaKhenThuong.Benchmarks;
using ThiDuaKhenThuong.Benchmarks.Load;
using ThiDuaKhenThuong.TestKit;

namespace ThiDuaKhenThuong.IntegrationTests.Benchmarks;

/// <summary>
/// The write-path load tool of deploy/bench-large.sh (<c>ThiDuaKhenThuong.Benchmarks load votes|transitions|import</c>) in a
/// tiny run against the real portal on a loopback port, so the benchmark's "writes" stage cannot silently rot: the
/// generated council votes through the real pages and every ballot is stored; transitions move the dossiers they post; the import stores every row of its generated workbook.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class WriteLoadSmokeTests(PortalFixture fixture)
{
    [Fact]
    public async Task TheVoteBurstTheTransitionsAndTheImport_RunThroughThePages_AndStoreWhatTheyPost()
    {
        var database = await TestDatabase.CreateAsync(fixture.Database.AdminConnectionString);
        // The tool works in real time (the session's voting closes two hours from now): the portal's clock is now.
        var clock = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        await new DataGenerator(new GeneratorOptions
        {
            Connection = database.OwnerConnectionString,
            Tenants = 1,
            Dossiers = 1500,
            Seed = 11,
            Today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
        }, TextWriter.Null).RunAsync();
        (await ScalarAsync(database, "SELECT count(*) FROM council_members m JOIN users u ON u.id = m.user_id")).ShouldBe((long)BenchCouncil.Seats);

        await using var portal = new PortalFactory(database, clock);
        portal.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        portal.StartServer();
        var url = portal.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()
            .Replace("[::1]", "127.0.0.1", StringComparison.Ordinal);

        var votes = Fields(await LoadProgram.RunAsync(["votes", "--url", url, "--connection", database.OwnerConnectionString, "--rounds", "1", "--warmup", "0"]));
        votes.Scenario.ShouldBe("votes");
        votes.Count.ShouldBe(BenchCouncil.Seats);
        votes.Errors.ShouldBe(0, votes.Note);
        votes.Note.ShouldContain($"{BenchCouncil.Seats}/{BenchCouncil.Seats} recorded");
        (await ScalarAsync(database, "SELECT count(*) FROM council_participations")).ShouldBe((long)BenchCouncil.Seats);
        (await ScalarAsync(database, "SELECT count(*) FROM council_sessions WHERE status = 'Closed'")).ShouldBe(1L);

        var transitions = Fields(await LoadProgram.RunAsync(["transitions", "--url", url, "--connection", database.OwnerConnectionString, "--workers", "4", "--seconds", "30", "--dossiers", "12"]));
        transitions.Scenario.ShouldBe("transitions");
        transitions.Count.ShouldBeGreaterThan(0);
        transitions.Errors.ShouldBe(0, transitions.Note);
        transitions.Note.ShouldContain($"{transitions.Count} moved to UnderReview");

        var import = Fields(await LoadProgram.RunAsync(["import", "--url", url, "--connection", database.OwnerConnectionString, "--rows", "150"]));
        import.Scenario.ShouldBe("import");
        import.Count.ShouldBe(1);
        import.Errors.ShouldBe(0, import.Note);
        import.Note.ShouldContain("150 nominations stored, 150 with an eligibility report, 150 change-log rows");
        (await ScalarAsync(database, "SELECT count(*) FROM nominations n JOIN dossiers d ON d.tenant_id = n.tenant_id AND d.id = n.dossier_id WHERE d.title LIKE 'Đo hiệu năng: nhập 150 %'")).ShouldBe(150L);
    }

    private static (string Scenario, int Count, int Errors, string Note) Fields(string line)
    {
        var parts = line.Split(" | ", 2);
        var values = parts[0].Split(' ');
        values[0].ShouldBe("RESULT");
        return (values[1], int.Parse(values[2], CultureInfo.InvariantCulture), int.Parse(values[7], CultureInfo.InvariantCulture), parts[1]);
    }

    private static async Task<object?> ScalarAsync(TestDatabase database, string sql)
    {
        await using var connection = new NpgsqlConnection(database.AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
