using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Organisation;
using ThiDuaKhenThuong.TestKit;

namespace ThiDuaKhenThuong.IntegrationTests.Organisation;

/// <summary>The demo province's reform of 1 July 2025: the district level ended and its work passed to the province.</summary>
[Collection(PortalCollection.Name)]
public sealed class DemoReformTests(PortalFixture fixture)
{
    private static readonly string[] Districts =
    [
        "Ủy ban nhân dân thành phố Thái Bình", "Ủy ban nhân dân huyện Vũ Thư", "Ủy ban nhân dân huyện Kiến Xương",
        "Ủy ban nhân dân huyện Tiền Hải", "Ủy ban nhân dân huyện Đông Hưng", "Ủy ban nhân dân huyện Hưng Hà",
        "Ủy ban nhân dân huyện Quỳnh Phụ", "Ủy ban nhân dân huyện Thái Thụy",
    ];

    [Fact]
    public async Task OnTheLastDayBeforeTheReform_TheDistrictsAreListed()
    {
        var org = await OrganisationSteps.SignInAsync(fixture, "tb.canbo");

        var names = await org.ListAsync("Ủy ban nhân dân", new DateOnly(2025, 6, 30));

        names.Where(n => n.StartsWith("Ủy ban nhân dân", StringComparison.Ordinal)).ShouldBe(Districts.Append("Ủy ban nhân dân tỉnh Thái Bình"), ignoreOrder: true);
    }

    [Fact]
    public async Task FromTheReform_TheDistrictsAreGone_AndTheProvinceRemains()
    {
        var org = await OrganisationSteps.SignInAsync(fixture, "tb.canbo");

        var names = await org.ListAsync("Ủy ban nhân dân", new DateOnly(2025, 7, 1));

        names.Where(n => n.StartsWith("Ủy ban nhân dân", StringComparison.Ordinal)).ShouldBe(["Ủy ban nhân dân tỉnh Thái Bình"]);
        (await org.PageTextAsync("/Units?asOf=2025-07-01&kind=Locality")).ShouldContain("Không có đơn vị nào khớp với điều kiện tìm kiếm.");
    }

    [Fact]
    public async Task TheProvincesPage_ListsTheDistrictsAsPredecessors_WithTheDecision()
    {
        var org = await OrganisationSteps.SignInAsync(fixture, "tb.canbo");
        var province = await org.DbAsync(db => db.Units.Where(u => u.Code == "UBND").Select(u => u.Id).SingleAsync());

        var page = await org.PageTextAsync($"/Units/Details/{province}");

        foreach (var district in Districts)
        {
            page.ShouldContain($"{district} (");
        }

        page.ShouldContain("Giải thể, kết thúc hoạt động 01/07/2025 Nghị quyết 202/2025/QH15 ngày 12/06/2025 Cấp huyện kết thúc hoạt động; nhiệm vụ chuyển về cấp tỉnh và cấp xã");
    }

    [Fact]
    public async Task TheReform_TakesTheDistrictsOutOfTheirClusters_AndEveryGroupHasA2025LeaderAndDeputy()
    {
        var org = await OrganisationSteps.SignInAsync(fixture);

        var groups = await org.DbAsync(db => db.EmulationGroups.Include(g => g.Members).Include(g => g.Leaders).Where(g => g.Year == 2025).ToListAsync());
        var codes = await org.DbAsync(db => db.Units.ToDictionaryAsync(u => u.Id, u => u.Code));

        var cluster = groups.Single(g => g.Code == "C-HUYEN-1");
        cluster.Members.ShouldAllBe(m => m.ValidTo == new DateOnly(2025, 7, 1));
        cluster.Leaders.Single(l => l.Role == GroupRole.Leader).UnitId.ShouldBe(codes.Single(c => c.Value == "H-KIENXUONG").Key);
        cluster.Leaders.ShouldAllBe(l => l.ValidTo == new DateOnly(2025, 7, 1));
        var block = groups.Single(g => g.Code == "K-TONGHOP");
        block.Leaders.Single(l => l.Role == GroupRole.Leader).UnitId.ShouldBe(codes.Single(c => c.Value == "SKHDT").Key);
        block.Leaders.Single(l => l.Role == GroupRole.Deputy).UnitId.ShouldBe(codes.Single(c => c.Value == "SNV").Key);
        groups.Where(g => g.Year == 2025).ShouldAllBe(g => g.Leaders.Count(l => l.Role == GroupRole.Leader) == 1 && g.Leaders.Count(l => l.Role == GroupRole.Deputy) == 1);
    }

    [Fact]
    public async Task SeedingAgain_ChangesNothing()
    {
        var org = await OrganisationSteps.SignInAsync(fixture);
        var before = await org.DbAsync(async db => (await db.UnitLineages.CountAsync(), await db.EmulationGroupLeaders.CountAsync(), await db.Units.CountAsync()));

        await fixture.Portal.WithScopeAsync(async sp =>
        {
            await sp.GetRequiredService<Infrastructure.Seeding.DemoSeeder>().SeedAsync();
            return 0;
        });

        (await org.DbAsync(async db => (await db.UnitLineages.CountAsync(), await db.EmulationGroupLeaders.CountAsync(), await db.Units.CountAsync()))).ShouldBe(before);
    }
}
