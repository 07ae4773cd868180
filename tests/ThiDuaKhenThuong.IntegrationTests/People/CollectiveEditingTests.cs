using System.Net;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Infrastructure.Seeding;
using ThiDuaKhenThuong.TestKit;

namespace ThiDuaKhenThuong.IntegrationTests.People;

[Collection(PortalCollection.Name)]
public sealed class CollectiveEditingTests(PortalFixture fixture)
{
    [Fact]
    public async Task Admin_CreatesAndEditsACollective()
    {
        using var client = await SignedInAsync("tb.quantri");
        var name = "Công ty Kiểm Thử Tạo Mới " + Suffix();

        var id = await CreateAsync(client, name, "Enterprise", "SYT");
        var renamed = name.Replace("Công ty", "Hộ ông", StringComparison.Ordinal);
        var fields = await FieldsAsync(renamed, "Household", "STP");
        fields["Id"] = id.ToString();
        using var saved = await client.PostFormAsync($"/Collectives/Edit/{id}", "/Collectives/Save", fields);
        var page = PortalClient.Text(await client.GetStringAsync($"/Collectives/Details/{id}"));

        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page.ShouldContain(renamed);
        page.ShouldContain("Hộ gia đình");
        page.ShouldContain("Tạo mới");
        PortalClient.Text(await client.GetStringAsync("/Collectives?q=" + Uri.EscapeDataString(renamed))).ShouldContain(renamed);
    }

    [Fact]
    public async Task Create_RefusesBadInput_AndKeepsWhatWasTyped()
    {
        using var client = await SignedInAsync("tb.quantri");
        var fields = await FieldsAsync("Hợp tác xã Giữ Dữ Liệu", "Collective", "SYT");
        fields["UnitId"] = "";

        using var response = await client.PostFormAsync("/Collectives/Create", "/Collectives/Save", fields);
        var html = await response.Content.ReadAsStringAsync();
        using var empty = await client.PostFormAsync("/Collectives/Create", "/Collectives/Save", await FieldsAsync(" ", "Collective", "SYT"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        PortalClient.Text(html).ShouldContain("Vui lòng chọn đơn vị.");
        html.ShouldContain("value=\"Hợp tác xã Giữ Dữ Liệu\"");
        PortalClient.Text(await empty.Content.ReadAsStringAsync()).ShouldContain("Vui lòng nhập tên tập thể, hộ gia đình, doanh nghiệp.");
    }

    [Fact]
    public async Task AwardHistory_IsAddedShownAndRemoved()
    {
        using var client = await SignedInAsync("tb.canbo");
        var id = await CreateAsync(client, "Khoa Kiểm Thử Khen Thưởng " + Suffix(), "Collective", "SYT");

        using var added = await client.PostFormAsync($"/Collectives/Details/{id}", "/Collectives/AddAward", new Dictionary<string, string>
        {
            ["CollectiveId"] = id.ToString(), ["AwardCode"] = "AdvancedCollective", ["Year"] = "2024",
            ["DecisionNumber"] = "88/QĐ-SYT", ["DecisionDate"] = "2024-12-21", ["IssuingAuthority"] = "Giám đốc Sở Y tế",
        });
        var html = await client.GetStringAsync($"/Collectives/Details/{id}");
        var entryId = System.Text.RegularExpressions.Regex.Match(html, "name=\"entryId\" value=\"([0-9a-f-]{36})\"").Groups[1].Value;
        using var removed = await client.PostFormAsync($"/Collectives/Details/{id}", $"/Collectives/RemoveAward/{id}", new Dictionary<string, string> { ["entryId"] = entryId });

        added.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        PortalClient.Text(html).ShouldContain("88/QĐ-SYT");
        PortalClient.Text(html).ShouldContain("21/12/2024");
        html.ShouldContain("data-confirm=");
        removed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        PortalClient.Text(await client.GetStringAsync($"/Collectives/Details/{id}")).ShouldNotContain("88/QĐ-SYT");
    }

    [Fact]
    public async Task UnitStaff_EditsCollectivesOfTheirOwnUnit_ButNotOfAnotherUnit()
    {
        using var admin = await SignedInAsync("tb.quantri");
        var other = await CreateAsync(admin, "Phòng Đơn Vị Khác " + Suffix(), "Collective", "STP");
        using var staff = await SignedInAsync("tb.canbo");
        var own = await CreateAsync(staff, "Phòng Đơn Vị Mình " + Suffix(), "Collective", "SYT");

        (await staff.GetAsync($"/Collectives/Edit/{own}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await staff.GetAsync($"/Collectives/Edit/{other}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var fields = await FieldsAsync("Đổi Tên Trái Phép", "Collective", "STP");
        fields["Id"] = other.ToString();
        (await staff.PostFormAsync("/Collectives/Create", "/Collectives/Save", fields)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await staff.PostFormAsync($"/Collectives/Details/{own}", "/Collectives/AddAward", Award(other))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        PortalClient.Text(await staff.GetStringAsync($"/Collectives/Details/{other}")).ShouldNotContain("Sửa thông tin");
    }

    [Fact]
    public async Task AnotherProvincesCollective_Answers404()
    {
        using var thaiBinh = await SignedInAsync("tb.quantri");
        var id = await CreateAsync(thaiBinh, "Tập thể Tỉnh Khác " + Suffix(), "Collective", "SYT");
        using var hungYen = await SignedInAsync("hy.quantri");
        var fields = await FieldsAsync("Chiếm Quyền", "Collective", "SYT");
        fields["Id"] = id.ToString();

        (await hungYen.GetAsync($"/Collectives/Details/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await hungYen.GetAsync($"/Collectives/Edit/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await hungYen.PostFormAsync("/Collectives/Create", "/Collectives/Save", fields)).StatusCode.ShouldNotBe(HttpStatusCode.Redirect);
        (await hungYen.PostFormAsync("/Collectives/Create", "/Collectives/AddAward", Award(id))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static Dictionary<string, string> Award(Guid collectiveId) => new()
    {
        ["CollectiveId"] = collectiveId.ToString(), ["AwardCode"] = "AdvancedCollective", ["Year"] = "2023",
        ["DecisionNumber"] = "1/QĐ-KT", ["DecisionDate"] = "2023-12-01", ["IssuingAuthority"] = "Kiểm thử",
    };

    private static string Suffix() => PeopleTests.NewNationalId()[..5];

    private async Task<Guid> CreateAsync(PortalClient client, string name, string kind, string unitCode)
    {
        using var response = await client.PostFormAsync("/Collectives/Create", "/Collectives/Save", await FieldsAsync(name, kind, unitCode));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return Guid.Parse(response.Headers.Location!.OriginalString.Split('/')[^1]);
    }

    private async Task<Dictionary<string, string>> FieldsAsync(string name, string kind, string unitCode) => new()
    {
        ["Name"] = name,
        ["Kind"] = kind,
        ["UnitId"] = (await UnitIdAsync(unitCode)).ToString(),
    };

    private async Task<Guid> UnitIdAsync(string code)
    {
        var tenantId = await fixture.TenantIdAsync(DemoTenants.ThaiBinhCode);
        return await fixture.Portal.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<Infrastructure.Persistence.AppDbContext>();
            using (sp.GetRequiredService<Infrastructure.Tenancy.ITenantContext>().Use(tenantId))
            {
                return await db.Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync();
            }
        });
    }

    private async Task<PortalClient> SignedInAsync(string userName)
    {
        var client = fixture.Portal.CreatePortalClient();
        await client.SignInOrFailAsync(userName, DemoAccounts.Password);
        return client;
    }
}
