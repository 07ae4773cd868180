using ThiDuaKhenThuong.Infrastructure.Seeding;

namespace ThiDuaKhenThuong.IntegrationTests.Dossiers;

/// <summary>The inbox's search box finds a dossier by its number, typed the ways officers write it.</summary>
public sealed partial class InboxTests
{
    [Fact]
    public async Task Search_ByDossierNumber_FindsThatDossierOnly_WhicheverWayTheNumberIsTyped()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        using var staff = await SignedInAsync("tb.canbo");
        using var leader = await SignedInAsync("tb.thutruong");
        using var officer = await SignedInAsync("tb.chuyenvien");
        var first = await SentThroughPagesAsync(staff, leader, $"Tìm theo số A {tag}");
        var second = await SentThroughPagesAsync(staff, leader, $"Tìm theo số B {tag}");
        await BulkAsync(officer, [first, second], "receive");
        var number = (await NumberOfAsync(DemoTenants.ThaiBinhCode, first))!.Value;

        foreach (var typed in new[] { number.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{number:D4}/2026", $"{number:D4}/2026/HS-TĐKT", $"số {number}" })
        {
            var page = await officer.GetStringAsync($"/Dossiers?q={Uri.EscapeDataString(typed)}");
            RowIds(page).ShouldBe([first], $"searching “{typed}”");
        }

        RowIds(await officer.GetStringAsync($"/Dossiers?q={Uri.EscapeDataString($"{number:D4}/2025")}")).ShouldBeEmpty("the number of another year");
        RowIds(await officer.GetStringAsync($"/Dossiers?q={Uri.EscapeDataString($"tim theo so b {tag}")}")).ShouldBe([second], "text still searches titles, accents optional");
    }
}
