using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Infrastructure.Seeding;
using ThiDuaKhenThuong.Infrastructure.Tenancy;
using ThiDuaKhenThuong.TestKit;
using static ThiDuaKhenThuong.IntegrationTests.Accounts.AccountsTestKit;

namespace ThiDuaKhenThuong.IntegrationTests.Council;

[Collection(PortalCollection.Name)]
public sealed partial class CouncilTests(PortalFixture fixture)
{
    [Fact]
    public async Task TheDemoCouncil_HasACurrentTermOfAtLeast15Members_ChairedByTheProvincesChairman()
    {
        using var admin = await SignedInAsync(fixture, "tb.quantri");
        var term = await TermIdAsync(DemoTenants.ThaiBinhCode);

        PortalClient.Text(await admin.GetStringAsync("/Council")).ShouldContain("Nhiệm kỳ 2021 – 2026");
        var html = await admin.GetStringAsync($"/Council/Term/{term}");

        MemberRow().Count(html).ShouldBeGreaterThanOrEqualTo(15);
        var text = PortalClient.Text(html);
        text.ShouldContain("Chủ tịch UBND tỉnh Chủ tịch");
        text.ShouldContain("Vũ Đức Thắng Giám đốc Sở Nội vụ Phó Chủ tịch thường trực Sở Nội vụ tb.hoidong");
        text.ShouldNotContain("Nhiệm kỳ chưa có Chủ tịch");
    }

    [Fact]
    public async Task AnOverlappingTerm_IsRefused_AndAFollowingOneIsAccepted()
    {
        using var admin = await SignedInAsync(fixture, "tb.quantri");

        using (var refused = await admin.PostFormAsync("/Council/CreateTerm", "/Council/CreateTerm", Term("Nhiệm kỳ chồng lấn", "2026-01-01", "2030-12-31")))
        {
            refused.StatusCode.ShouldBe(HttpStatusCode.OK);
            var html = await refused.Content.ReadAsStringAsync();
            PortalClient.Text(html).ShouldContain("Nhiệm kỳ này trùng thời gian với một nhiệm kỳ khác của Hội đồng.");
            html.ShouldContain("Nhiệm kỳ chồng lấn");
        }

        using var accepted = await admin.PostFormAsync("/Council/CreateTerm", "/Council/CreateTerm", Term("Nhiệm kỳ 2041 – 2046", "2041-07-01", "2046-06-30"));
        accepted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        PortalClient.Text(await admin.GetStringAsync(accepted.Headers.Location!.ToString())).ShouldContain("Nhiệm kỳ chưa có Chủ tịch");
    }

    [Fact]
    public async Task ASecondChairAtTheSameTime_OrDatesOutsideTheTerm_AreRefused()
    {
        using var admin = await SignedInAsync(fixture, "tb.quantri");
        var term = await TermIdAsync(DemoTenants.ThaiBinhCode);

        using (var chair = await admin.PostFormAsync($"/Council/AddMember/{term}", $"/Council/AddMember/{term}", Member("Trần Văn Hai", "ChairMan", "2024-01-01")))
        {
            chair.StatusCode.ShouldBe(HttpStatusCode.OK);
            PortalClient.Text(await chair.Content.ReadAsStringAsync()).ShouldContain("Mỗi thời điểm Hội đồng chỉ có một Chủ tịch: Nguyễn Khắc Thận");
        }

        using var outside = await admin.PostFormAsync($"/Council/AddMember/{term}", $"/Council/AddMember/{term}", Member("Trần Văn Ba", "Member", "2020-01-01"));
        outside.StatusCode.ShouldBe(HttpStatusCode.OK);
        PortalClient.Text(await outside.Content.ReadAsStringAsync()).ShouldContain("Thời gian tham gia phải nằm trong nhiệm kỳ (01/07/2021 – 30/06/2026).");
    }

    [Fact]
    public async Task LinkingAnAccount_WarnsWithoutTheCouncilRole_AndRefusesAnotherProvincesAccount()
    {
        using var admin = await SignedInAsync(fixture, "tb.quantri");
        var term = await TermIdAsync(DemoTenants.ThaiBinhCode);

        using (var foreign = await admin.PostFormAsync($"/Council/AddMember/{term}", $"/Council/AddMember/{term}", Member("Trịnh Văn Sơn", "Member", "2023-01-01", "hy.hoidong")))
        {
            foreign.StatusCode.ShouldBe(HttpStatusCode.OK);
            PortalClient.Text(await foreign.Content.ReadAsStringAsync()).ShouldContain("Không có tài khoản 'hy.hoidong' trong tỉnh.");
        }

        using var linked = await admin.PostFormAsync($"/Council/AddMember/{term}", $"/Council/AddMember/{term}", Member("Nguyễn Thị Lan", "Member", "2023-01-01", "tb.canbo"));
        linked.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = PortalClient.Text(await admin.GetStringAsync(linked.Headers.Location!.ToString()));
        page.ShouldContain("chưa có vai trò \"Thành viên Hội đồng TĐKT\"");
        page.ShouldContain("Nguyễn Thị Lan");
    }

    [Fact]
    public async Task AnotherProvincesTermAndMember_Answer404()
    {
        using var admin = await SignedInAsync(fixture, "tb.quantri");
        var term = await TermIdAsync(DemoTenants.HungYenCode);
        var member = await MemberIdAsync(DemoTenants.HungYenCode);

        foreach (var url in new[] { $"/Council/Term/{term}", $"/Council/EditTerm/{term}", $"/Council/AddMember/{term}", $"/Council/EditMember/{member}" })
        {
            (await admin.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound, url);
        }

        using var add = await admin.PostFormAsync("/Council/CreateTerm", $"/Council/AddMember/{term}", Member("Người lạ", "Member", "2023-01-01"));
        add.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var edit = await admin.PostFormAsync("/Council/CreateTerm", $"/Council/EditTerm/{term}", Term("Đổi tên", "2021-07-01", "2026-06-30"));
        edit.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var editMember = await admin.PostFormAsync("/Council/CreateTerm", $"/Council/EditMember/{member}", Member("Đổi tên", "Member", "2023-01-01"));
        editMember.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("tb.hoidong")]
    [InlineData("tb.canbo")]
    [InlineData("sysadmin")]
    public async Task OnlyTheProvincesAdministrator_ManagesTheCouncil(string userName)
    {
        using var client = await SignedInAsync(fixture, userName);

        (await client.GetAsync("/Council")).Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
    }

    private async Task<Guid> TermIdAsync(string tenantCode) => await InTenantAsync(tenantCode, db => db.CouncilTerms.Where(t => t.Name == "Nhiệm kỳ 2021 – 2026").Select(t => t.Id).SingleAsync());

    private async Task<Guid> MemberIdAsync(string tenantCode) => await InTenantAsync(tenantCode, db => db.CouncilMembers.Select(m => m.Id).FirstAsync());

    private async Task<T> InTenantAsync<T>(string tenantCode, Func<AppDbContext, Task<T>> query)
    {
        var tenantId = await fixture.TenantIdAsync(tenantCode);
        return await fixture.Portal.WithScopeAsync(async sp =>
        {
            using (sp.GetRequiredService<ITenantContext>().Use(tenantId))
            {
                return await query(sp.GetRequiredService<AppDbContext>());
            }
        });
    }

    private static Dictionary<string, string> Term(string name, string from, string to) => new()
    {
        ["Name"] = name,
        ["StartsOn"] = from,
        ["EndsOn"] = to,
        ["DecisionNumber"] = "99/QĐ-UBND",
    };

    private static Dictionary<string, string> Member(string name, string role, string from, string userName = "") => new()
    {
        ["FullName"] = name,
        ["Position"] = "Phó Giám đốc Sở Tư pháp",
        ["Role"] = role,
        ["UnitId"] = string.Empty,
        ["UserName"] = userName,
        ["StartsOn"] = from,
        ["EndsOn"] = string.Empty,
    };

    [GeneratedRegex("href=\"/Council/EditMember/")]
    private static partial Regex MemberRow();
}
