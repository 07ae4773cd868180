using System.Net;
using Npgsql;
using ThiDuaKhenThuong.Infrastructure.Seeding;
using ThiDuaKhenThuong.IntegrationTests.People;
using ThiDuaKhenThuong.TestKit;

namespace ThiDuaKhenThuong.IntegrationTests.Catalog;

[Collection(PortalCollection.Name)]
public sealed class CatalogTests(PortalFixture fixture)
{
    [Fact]
    public async Task Catalog_ListsNationalTitlesAndRuleSets_ToAnyProvinceUser()
    {
        using var client = await SignedInAsync("tb.canbo");

        var text = PortalClient.Text(await client.GetStringAsync("/Catalog"));

        text.ShouldContain("Chiến sĩ thi đua cấp tỉnh");
        text.ShouldContain("Bỏ phiếu kín: Từ 70 % tổng số thành viên Hội đồng");
        text.ShouldContain("QG-2025-07");
        text.ShouldContain("Quốc gia (chỉ đọc)");
        text.ShouldNotContain("Lập bộ quy tắc của tỉnh");
    }

    [Fact]
    public async Task Details_DescribesTheRulesInForce_InVietnamese()
    {
        using var client = await SignedInAsync("tb.canbo");

        var text = PortalClient.Text(await client.GetStringAsync("/Catalog/Details/GrassrootsEmulationFighter"));

        text.ShouldContain("Số CSTĐCS không quá 15 % số LĐTT của đơn vị");
        text.ShouldContain("Đạt LĐTT trong năm xét");
        text.ShouldContain("bộ quy tắc quốc gia, chỉ đọc");
        (await client.GetAsync("/Catalog/Details/NoSuchAward")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Province_DerivesItsRuleSet_AndRaisesTheCap_WhileTheNationalSetStaysUnchanged()
    {
        using var client = await SignedInAsync("hy.quantri");
        (await client.PostFormAsync("/Catalog", "/Catalog/Derive", new Dictionary<string, string> { ["parent"] = "QG-2025-07" }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        const string edit = "/Catalog/EditRule?set=TINH-QG-2025-07&award=GrassrootsEmulationFighter&index=2";
        var fields = new Dictionary<string, string> { ["Set"] = "TINH-QG-2025-07", ["Award"] = "GrassrootsEmulationFighter", ["Index"] = "2" };

        using var refused = await client.PostFormAsync(edit, "/Catalog/EditRule", new Dictionary<string, string>(fields) { ["Values[Percent]"] = "0" });
        using var saved = await client.PostFormAsync(edit, "/Catalog/EditRule", new Dictionary<string, string>(fields) { ["Values[Percent]"] = "20" });

        PortalClient.Text(await refused.Content.ReadAsStringAsync()).ShouldContain("phải trong khoảng 1–100 %");
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        PortalClient.Text(await client.GetStringAsync("/Catalog/Details/GrassrootsEmulationFighter?set=TINH-QG-2025-07"))
            .ShouldContain("Số CSTĐCS không quá 20 % số LĐTT");
        var national = PortalClient.Text(await client.GetStringAsync("/Catalog/Details/GrassrootsEmulationFighter?set=QG-2025-07"));
        national.ShouldContain("Số CSTĐCS không quá 15 % số LĐTT");
        national.ShouldNotContain("Sửa tham số");
        (await client.GetAsync("/Catalog/EditRule?set=QG-2025-07&award=GrassrootsEmulationFighter&index=2")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // Another province does not see this province's set.
        using var other = await SignedInAsync("tb.quantri");
        PortalClient.Text(await other.GetStringAsync("/Catalog")).ShouldNotContain("TINH-QG-2025-07 ");
        (await other.GetAsync(edit)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task OnlyTheAdministrator_MayAdjustRuleSets()
    {
        using var client = await SignedInAsync("hy.canbo");

        var response = await client.GetAsync("/Catalog/EditRule?set=TINH-QG-2025-07&award=GrassrootsEmulationFighter&index=2");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
    }

    [Theory]
    [InlineData("UPDATE national_rule_sets SET name = 'x'")]
    [InlineData("UPDATE national_award_types SET name = 'x'")]
    [InlineData("DELETE FROM national_rule_sets")]
    [InlineData("INSERT INTO national_rule_sets (id, code, name, valid_from, rules) VALUES (gen_random_uuid(), 'X', 'X', '2025-01-01', '[]')")]
    public async Task NationalTables_AreNotWritable_ByTheAppRole(string sql)
    {
        await using var connection = new NpgsqlConnection(fixture.Database.AppConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);

        var error = await Should.ThrowAsync<PostgresException>(() => command.ExecuteNonQueryAsync());

        error.SqlState.ShouldBe("42501");
    }

    [Theory]
    [InlineData(PeopleDemoStep.PassingName, "Đã đạt CSTĐCS 3 năm liên tục 2023–2025", "Chưa đủ dữ liệu")]
    [InlineData(PeopleDemoStep.GapName, "Không đạt CSTĐCS năm 2024", "Không đạt")]
    [InlineData(PeopleDemoStep.UnknownName, "Thiếu dữ liệu danh hiệu CSTĐCS năm 2024", "Chưa đủ dữ liệu")]
    public async Task EligibilityCheck_ShowsEachRuleWithItsReason(string name, string reason, string overall)
    {
        using var client = await SignedInAsync("tb.chuyenvien");
        var id = await PeopleLookup.IdOfAsync(client, name);

        var text = PortalClient.Text(await client.GetStringAsync($"/Catalog/Check?personId={id}&award=ProvincialEmulationFighter&year=2025&date=2026-01-15"));

        text.ShouldContain(reason);
        text.ShouldContain("Kết luận: " + overall);
        text.ShouldContain("Thiếu dữ liệu sáng kiến, đề tài giai đoạn 2023–2025");
        text.ShouldContain("bộ quy tắc QG-2025-07");
    }

    [Fact]
    public async Task EligibilityCheck_ForAnotherProvincesPerson_FindsNoOne()
    {
        using var thaiBinh = await SignedInAsync("tb.chuyenvien");
        var id = await PeopleLookup.IdOfAsync(thaiBinh, PeopleDemoStep.PassingName);
        using var hungYen = await SignedInAsync("hy.chuyenvien");

        var text = PortalClient.Text(await hungYen.GetStringAsync($"/Catalog/Check?personId={id}&award=ProvincialEmulationFighter&year=2025"));

        text.ShouldContain("Không tìm thấy cá nhân hoặc danh hiệu đã chọn.");
        text.ShouldNotContain(PeopleDemoStep.PassingName);
    }

    private async Task<PortalClient> SignedInAsync(string userName)
    {
        var client = fixture.Portal.CreatePortalClient();
        await client.SignInOrFailAsync(userName, DemoAccounts.Password);
        return client;
    }
}
