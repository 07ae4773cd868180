using System.Globalization;
using System.Text.RegularExpressions;
using ThiDuaKhenThuong.Infrastructure.Seeding;
using ThiDuaKhenThuong.TestKit;

namespace ThiDuaKhenThuong.IntegrationTests.Units;

[Collection(PortalCollection.Name)]
public sealed partial class UnitDirectoryTests(PortalFixture fixture)
{
    [Theory]
    [InlineData("so y te", "Sở Y tế")]
    [InlineData("SỞ Y TẾ", "Sở Y tế")]
    [InlineData("dai phat thanh", "Đài Phát thanh và Truyền hình")]
    public async Task Search_IgnoresDiacriticsAndCase(string query, string expected)
    {
        using var client = await SignedInAsync();

        var names = UnitNames(await client.GetStringAsync("/Units?q=" + Uri.EscapeDataString(query)));

        names.ShouldContain(n => n.StartsWith(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("%")]
    [InlineData("_")]
    public async Task Search_TakesWildcardsLiterally(string query)
    {
        using var client = await SignedInAsync();

        var text = PortalClient.Text(await client.GetStringAsync("/Units?q=" + Uri.EscapeDataString(query)));

        text.ShouldContain("Không có đơn vị nào khớp với điều kiện tìm kiếm.");
    }

    [Fact]
    public async Task Search_WithNoMatch_SaysSo()
    {
        using var client = await SignedInAsync();

        var text = PortalClient.Text(await client.GetStringAsync("/Units?q=khong-co-don-vi-nao"));

        text.ShouldContain("Không có đơn vị nào khớp với điều kiện tìm kiếm.");
    }

    [Fact]
    public async Task List_IsInVietnameseAlphabeticalOrder_AcrossPages()
    {
        using var client = await SignedInAsync();

        var names = new List<string>();
        for (var page = 1; page <= 3; page++)
        {
            names.AddRange(UnitNames(await client.GetStringAsync($"/Units?page={page}")));
        }

        names.Count.ShouldBeGreaterThan(40);
        var vietnamese = StringComparer.Create(new CultureInfo("vi-VN"), ignoreCase: false);
        names.ShouldBe(names.Order(vietnamese).ToList());
        names.FindIndex(n => n.StartsWith('Đ')).ShouldBeGreaterThan(names.FindLastIndex(n => n.StartsWith('D')));
    }

    [Fact]
    public async Task FilterByCluster_ListsItsMembersOnly()
    {
        using var client = await SignedInAsync();
        var page = await client.GetStringAsync("/Units");
        var option = ClusterOption().Match(page);
        option.Success.ShouldBeTrue();

        var names = UnitNames(await client.GetStringAsync("/Units?groupId=" + option.Groups[1].Value));

        names.ShouldNotBeEmpty();
        names.ShouldAllBe(n => n.StartsWith("Ủy ban nhân dân", StringComparison.Ordinal));
    }

    private async Task<PortalClient> SignedInAsync()
    {
        var client = fixture.Portal.CreatePortalClient();
        await client.SignInOrFailAsync("tb.canbo", DemoAccounts.Password);
        return client;
    }

    private static List<string> UnitNames(string html)
        => UnitLink().Matches(html).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();

    [GeneratedRegex("<td><a href=\"/Units/Details/[^\"]+\">([^<]+)</a></td>")]
    private static partial Regex UnitLink();

    [GeneratedRegex("<option value=\"([0-9a-f-]{36})\">Cụm thi đua số 1")]
    private static partial Regex ClusterOption();
}
