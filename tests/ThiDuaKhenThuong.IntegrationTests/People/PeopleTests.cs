using System.Net;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Infrastructure.Seeding;
using ThiDuaKhenThuong.TestKit;

namespace ThiDuaKhenThuong.IntegrationTests.People;

[Collection(PortalCollection.Name)]
public sealed class PeopleTests(PortalFixture fixture)
{
    [Theory]
    [InlineData("tran thi thanh nhan", PeopleDemoStep.PassingName)]
    [InlineData("PHẠM VĂN KHIÊM", PeopleDemoStep.GapName)]
    [InlineData("le dinh quy", PeopleDemoStep.UnknownName)]
    public async Task Search_IgnoresDiacriticsAndCase(string query, string expected)
    {
        using var client = await SignedInAsync("tb.canbo");

        var names = PeopleLookup.Names(await client.GetStringAsync("/People?q=" + Uri.EscapeDataString(query)));

        names.ShouldContain(expected);
    }

    [Fact]
    public async Task List_HasAFewHundredPeople_AndNguyenFindsNguyễn()
    {
        using var client = await SignedInAsync("tb.canbo");

        var all = PortalClient.Text(await client.GetStringAsync("/People"));
        var names = PeopleLookup.Names(await client.GetStringAsync("/People?q=nguyen"));

        all.ShouldMatch(@"Tổng số: 3\d\d");
        names.ShouldNotBeEmpty();
        names.ShouldAllBe(n => n.Contains("Nguyễn"));
    }

    [Theory]
    [InlineData("12345", "Số CCCD phải gồm đúng 12 chữ số.")]
    [InlineData("03408500012a", "Số CCCD phải gồm đúng 12 chữ số.")]
    public async Task Create_RefusesABadNationalId_AndKeepsWhatWasTyped(string nationalId, string message)
    {
        using var client = await SignedInAsync("tb.quantri");

        using var response = await client.PostFormAsync("/People/Create", "/People/Save", await FieldsAsync("Hoàng Thị Kiểm Thử", nationalId, "SYT"));
        var html = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        PortalClient.Text(html).ShouldContain(message);
        html.ShouldContain("value=\"Hoàng Thị Kiểm Thử\"");
    }

    [Fact]
    public async Task Create_RefusesANationalIdAlreadyUsedInTheProvince()
    {
        using var client = await SignedInAsync("tb.quantri");
        var nationalId = NewNationalId();
        (await client.PostFormAsync("/People/Create", "/People/Save", await FieldsAsync("Đỗ Văn Một", nationalId, "STP"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        using var again = await client.PostFormAsync("/People/Create", "/People/Save", await FieldsAsync("Đỗ Văn Hai", nationalId, "STP"));

        PortalClient.Text(await again.Content.ReadAsStringAsync()).ShouldContain("Số CCCD này đã được dùng cho một cá nhân khác trong tỉnh.");
    }

    [Fact]
    public async Task UnitStaff_EditsPeopleOfTheirOwnUnit_ButNotOfAnotherUnit()
    {
        using var admin = await SignedInAsync("tb.quantri");
        var name = "Vũ Thị Đơn Vị Khác " + NewNationalId()[..4];
        (await admin.PostFormAsync("/People/Create", "/People/Save", await FieldsAsync(name, "", "STP"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var otherUnitPerson = await PeopleLookup.IdOfAsync(admin, name);
        using var staff = await SignedInAsync("tb.canbo");
        var ownUnitPerson = await PeopleLookup.IdOfAsync(staff, PeopleDemoStep.UnknownName);

        (await staff.GetAsync($"/People/Edit/{ownUnitPerson}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await staff.GetAsync($"/People/Edit/{otherUnitPerson}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var fields = await FieldsAsync(name, "", "STP");
        fields["Id"] = otherUnitPerson.ToString();
        (await staff.PostFormAsync("/People/Create", "/People/Save", fields)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        PortalClient.Text(await staff.GetStringAsync($"/People/Details/{otherUnitPerson}")).ShouldNotContain("Sửa thông tin");
    }

    [Fact]
    public async Task AnotherProvincesPerson_Answers404()
    {
        using var thaiBinh = await SignedInAsync("tb.quantri");
        var id = await PeopleLookup.IdOfAsync(thaiBinh, PeopleDemoStep.PassingName);
        using var hungYen = await SignedInAsync("hy.quantri");

        (await hungYen.GetAsync($"/People/Details/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await hungYen.GetAsync($"/People/Edit/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        PeopleLookup.Names(await hungYen.GetStringAsync("/People?q=" + Uri.EscapeDataString(PeopleDemoStep.PassingName))).ShouldBeEmpty();
    }

    [Fact]
    public async Task PersonPage_ShowsHistory_AndAddedAwardsWithTheChangeLog()
    {
        using var client = await SignedInAsync("tb.quantri");
        var name = "Mai Văn Lịch Sử " + NewNationalId()[..4];
        (await client.PostFormAsync("/People/Create", "/People/Save", await FieldsAsync(name, "", "SYT"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var id = await PeopleLookup.IdOfAsync(client, name);

        using var added = await client.PostFormAsync($"/People/Details/{id}", "/People/AddAward", new Dictionary<string, string>
        {
            ["PersonId"] = id.ToString(), ["AwardCode"] = "AdvancedWorker", ["Year"] = "2024",
            ["DecisionNumber"] = "77/QĐ-SYT", ["DecisionDate"] = "2024-12-20", ["IssuingAuthority"] = "Giám đốc Sở Y tế",
        });
        var page = PortalClient.Text(await client.GetStringAsync($"/People/Details/{id}"));

        added.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page.ShouldContain("77/QĐ-SYT");
        page.ShouldContain("20/12/2024");
        page.ShouldContain("Lao động tiên tiến");
        page.ShouldContain("Tạo mới");
    }

    internal static string NewNationalId() => "0" + RandomNumberGenerator.GetInt32(100_000_000, 999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture) + "01";

    internal async Task<Dictionary<string, string>> FieldsAsync(string name, string nationalId, string unitCode) => new()
    {
        ["FullName"] = name,
        ["Gender"] = "Female",
        ["BirthYear"] = "1985",
        ["NationalId"] = nationalId,
        ["Position"] = "Chuyên viên",
        ["UnitId"] = (await UnitIdAsync(unitCode)).ToString(),
        ["LeaderLevel"] = "None",
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
