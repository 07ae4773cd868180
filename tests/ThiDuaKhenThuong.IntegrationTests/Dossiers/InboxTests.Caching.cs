using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Organisation;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Infrastructure.Seeding;
using ThiDuaKhenThuong.Infrastructure.Tenancy;
using ThiDuaKhenThuong.TestKit;

namespace ThiDuaKhenThuong.IntegrationTests.Dossiers;

/// <summary>
/// The inbox keeps the province's counts, units and officers in memory for a while: what a user does must still show on
/// the next page, and never in another province.
/// </summary>
public sealed partial class InboxTests
{
    [Fact]
    public async Task StateCounts_FollowEachSendAndReception_OnTheNextPage()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        using var staff = await SignedInAsync("tb.canbo");
        using var leader = await SignedInAsync("tb.thutruong");
        using var officer = await SignedInAsync("tb.chuyenvien");
        var before = await officer.GetStringAsync("/Dossiers");
        var submitted = StateCount(before, "Đã gửi, chờ tiếp nhận");
        var received = StateCount(before, "Đã tiếp nhận");

        var id = await SentThroughPagesAsync(staff, leader, $"Đếm theo trạng thái {tag}");
        var sent = await officer.GetStringAsync("/Dossiers");
        StateCount(sent, "Đã gửi, chờ tiếp nhận").ShouldBe(submitted + 1);
        StateCount(sent, "Đã tiếp nhận").ShouldBe(received);

        (await BulkAsync(officer, [id], "receive")).ShouldContain("Đã tiếp nhận 1 hồ sơ");
        var after = await officer.GetStringAsync("/Dossiers");
        StateCount(after, "Đã gửi, chờ tiếp nhận").ShouldBe(submitted);
        StateCount(after, "Đã tiếp nhận").ShouldBe(received + 1);
    }

    [Fact]
    public async Task UnitFilter_ShowsAUnitAddedToTheProvince_OnTheNextPage_AndOnlyThere()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var name = $"Ban thử bộ lọc đơn vị {tag}";
        using var officer = await SignedInAsync("tb.chuyenvien");
        using var other = await SignedInAsync("hy.chuyenvien");
        (await officer.GetStringAsync("/Dossiers")).ShouldNotContain(name);
        (await other.GetStringAsync("/Dossiers")).ShouldNotContain(name);

        var tenantId = await fixture.TenantIdAsync(DemoTenants.ThaiBinhCode);
        var unitId = Guid.CreateVersion7();
        await InProvinceAsync(tenantId, db =>
        {
            db.Units.Add(new Unit(tenantId, unitId, $"THU-{tag}", name, UnitKind.Department, null, new DateOnly(2026, 1, 1)));
            return db.SaveChangesAsync();
        });
        (await officer.GetStringAsync("/Dossiers")).ShouldContain($"<option value=\"{unitId}\">{name}</option>");
        (await other.GetStringAsync("/Dossiers")).ShouldNotContain(name);
    }

    private async Task InProvinceAsync(Guid tenantId, Func<AppDbContext, Task> work)
        => await fixture.Portal.WithScopeAsync(async sp =>
        {
            using var scope = sp.GetRequiredService<ITenantContext>().Use(tenantId);
            await work(sp.GetRequiredService<AppDbContext>());
            return true;
        });

    /// <summary>The number on a state's badge above the inbox (0 when the state has no dossier and so no badge).</summary>
    private static int StateCount(string html, string label)
    {
        var badges = Regex.Match(html, "data-testid=\"state-counts\">(.*?)</p>", RegexOptions.Singleline).Groups[1].Value;
        var match = Regex.Match(PortalClient.Text(badges), Regex.Escape(label) + @": (\d+)");
        return match.Success ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
    }
}
