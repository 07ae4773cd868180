using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using ThiDuaKhenThuong.Domain.Catalog;
using ThiDuaKhenThuong.Domain.Identity;
using ThiDuaKhenThuong.Infrastructure.Seeding;
using ThiDuaKhenThuong.TestKit;
using ThiDuaKhenThuong.Web.Features.Registrations;
using static ThiDuaKhenThuong.IntegrationTests.Campaigns.PlanningTestKit;

namespace ThiDuaKhenThuong.IntegrationTests.Campaigns;

[Collection(PortalCollection.Name)]
public sealed class RegistrationTests(PortalFixture fixture)
{
    private int Year => fixture.Clock.GetUtcNow().Year;

    [Fact]
    public async Task Import_GoodFile_AddsEveryRow_ThenConsolidationCountsThem_PerAwardAndCluster()
    {
        var staffName = await fixture.CreateUserAsync(DemoTenants.ThaiBinhCode, "STC", Roles.UnitStaff);
        using var staff = await SignedInAsync(fixture.Portal, staffName);
        var text = await UploadAsync(staff, Workbook(
            Row("Cá nhân", "Người đăng ký thử một", "", "CSTĐCS"),
            Row("Cá nhân", "Người đăng ký thử hai", "", "Bằng khen UBND tỉnh"),
            Row("Tập thể", "Phòng Ngân sách thử", "", "Cờ thi đua UBND tỉnh")));

        text.ShouldContain("Đã nhập 3 đăng ký.");
        var page = Text(await staff.GetStringAsync($"/Registrations?year={Year}"));
        page.ShouldContain("Người đăng ký thử một");
        page.ShouldContain("Phòng Ngân sách thử (nhập tay)");

        var stc = await UnitIdAsync(fixture, DemoTenants.ThaiBinhCode, "STC");
        var expected = await InTenantAsync(fixture, DemoTenants.ThaiBinhCode, async db => (
            Cstdcs: await db.TitleRegistrations.CountAsync(r => r.Year == Year && r.AwardCode == AwardCodes.GrassrootsEmulationFighter),
            Units: await db.TitleRegistrations.Where(r => r.Year == Year).Select(r => r.UnitId).Distinct().CountAsync()));
        using var officer = await SignedInAsync(fixture.Portal, "tb.chuyenvien");
        var consolidated = await officer.GetStringAsync($"/Registrations/Consolidated?year={Year}");
        Text(consolidated).ShouldContain($"của {expected.Units} đơn vị");
        var cstdcsRow = System.Text.RegularExpressions.Regex.Match(Text(consolidated), "CSTĐCS (\\d+) (\\d+) (\\d+)");
        cstdcsRow.Success.ShouldBeTrue();
        int.Parse(cstdcsRow.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture).ShouldBe(expected.Cstdcs);

        using var export = await officer.GetAsync($"/Registrations/Export?year={Year}");
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var stream = new MemoryStream(await export.Content.ReadAsByteArrayAsync());
        var rows = stream.Query(useHeaderRow: true, sheetName: "Theo danh hiệu").Cast<IDictionary<string, object?>>().ToList();
        Convert.ToInt32(rows.Single(r => (string?)r["Mã"] == AwardCodes.GrassrootsEmulationFighter)["Cá nhân"], System.Globalization.CultureInfo.InvariantCulture).ShouldBe(expected.Cstdcs);
        stc.ShouldNotBe(Guid.Empty);

        // Unit staff do not see the province's consolidation.
        (await staff.GetAsync($"/Registrations/Consolidated?year={Year}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Import_BadRows_ReportsEach_AndAddsNothing_WrongFileIsRefused()
    {
        var staffName = await fixture.CreateUserAsync(DemoTenants.ThaiBinhCode, "SKHDT", Roles.UnitStaff);
        using var staff = await SignedInAsync(fixture.Portal, staffName);
        var unitId = await UnitIdAsync(fixture, DemoTenants.ThaiBinhCode, "SKHDT");

        var text = await UploadAsync(staff, Workbook(
            Row("Cá nhân", "Người hợp lệ", "", "CSTĐCS"),
            Row("Nhóm", "Người loại lạ", "", "CSTĐCS"),
            Row("Cá nhân", "Người danh hiệu lạ", "", "Danh hiệu lạ"),
            Row("Tập thể", "Tập thể nhận CSTĐCS", "", "CSTĐCS"),
            Row("Cá nhân", "Người hợp lệ", "", "CSTĐCS"),
            Row("Cá nhân", "", "999999999999", "CSTĐCS")));

        text.ShouldContain("Có 5 dòng không hợp lệ; chưa nhập dòng nào.");
        text.ShouldContain("cột Loại phải là \"Cá nhân\" hoặc \"Tập thể\"");
        text.ShouldContain("không có danh hiệu, hình thức \"Danh hiệu lạ\"");
        text.ShouldContain("CSTĐCS không dành cho tập thể");
        text.ShouldContain("trùng với một dòng phía trên");
        text.ShouldContain("đơn vị không có cá nhân có số CCCD 999999999999");
        (await InTenantAsync(fixture, DemoTenants.ThaiBinhCode, db => db.TitleRegistrations.CountAsync(r => r.UnitId == unitId))).ShouldBe(0);

        (await UploadAsync(staff, Encoding.UTF8.GetBytes("Loại;Tên\nCá nhân;A"))).ShouldContain("Tệp không phải tệp Excel (.xlsx)");
        using var wrong = new MemoryStream();
        wrong.SaveAs(new[] { new Dictionary<string, object> { ["Tên"] = "A", ["Hình thức"] = "CSTĐCS" } });
        (await UploadAsync(staff, wrong.ToArray())).ShouldContain("Các cột của tệp không đúng mẫu.");

        using var template = await staff.GetAsync("/Registrations/Template");
        using var templateStream = new MemoryStream(await template.Content.ReadAsByteArrayAsync());
        templateStream.GetColumns(useHeaderRow: true)!.ShouldBe(ImportRegistrations.Columns);
    }

    [Fact]
    public async Task RegisteredBadge_OnTheDossierPage_ShowsWhetherTheNomineeRegisteredThatAward()
    {
        using var staff = await SignedInAsync(fixture.Portal, "tb.canbo");
        var passing = await Nominations.NominationsTestKit.PersonAsync(fixture, PeopleDemoStep.PassingName);
        var gap = await Nominations.NominationsTestKit.PersonAsync(fixture, PeopleDemoStep.GapName);
        using (var added = await staff.PostFormAsync($"/Registrations?year={Year}", "/Registrations/Add", new Dictionary<string, string>
        {
            ["Year"] = Year.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Kind"] = "Person", ["NomineeId"] = passing.ToString(),
            ["AwardCode"] = AwardCodes.ProvincialCertificate,
        }))
        {
            added.StatusCode.ShouldBe(HttpStatusCode.Redirect, Text(await added.Content.ReadAsStringAsync()));
        }

        var dossierId = await Nominations.NominationsTestKit.CreateDraftAsync(staff, "Hồ sơ kiểm tra đăng ký thi đua", Year);
        await Nominations.NominationsTestKit.AddAsync(staff, dossierId, "P:" + passing, AwardCodes.ProvincialCertificate);
        await Nominations.NominationsTestKit.AddAsync(staff, dossierId, "P:" + gap, AwardCodes.ProvincialCertificate);

        var page = Text(await staff.GetStringAsync($"/Dossiers/Details/{dossierId}"));
        page.ShouldContain($"{PeopleDemoStep.PassingName} Bằng khen UBND tỉnh Đã đăng ký thi đua");
        page.ShouldContain($"{PeopleDemoStep.GapName} Bằng khen UBND tỉnh Chưa đăng ký");
    }

    [Fact]
    public async Task AnotherUnitOrProvince_CannotSeeOrRemoveARegistration()
    {
        var staffName = await fixture.CreateUserAsync(DemoTenants.ThaiBinhCode, "SNNPTNT", Roles.UnitStaff);
        using var owner = await SignedInAsync(fixture.Portal, staffName);
        using (var added = await owner.PostFormAsync("/Registrations", "/Registrations/Add", new Dictionary<string, string>
        {
            ["Year"] = Year.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Kind"] = "Person", ["NomineeName"] = "Người của đơn vị A",
            ["AwardCode"] = AwardCodes.GrassrootsEmulationFighter, ["UnitId"] = Guid.NewGuid().ToString(),
        }))
        {
            added.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        var unitId = await UnitIdAsync(fixture, DemoTenants.ThaiBinhCode, "SNNPTNT");
        var id = await InTenantAsync(fixture, DemoTenants.ThaiBinhCode, db => db.TitleRegistrations.Where(r => r.NomineeName == "Người của đơn vị A").Select(r => r.Id).SingleAsync());
        (await InTenantAsync(fixture, DemoTenants.ThaiBinhCode, db => db.TitleRegistrations.Where(r => r.Id == id).Select(r => r.UnitId).SingleAsync())).ShouldBe(unitId);

        using var otherUnit = await SignedInAsync(fixture.Portal, "tb.canbo");
        Text(await otherUnit.GetStringAsync("/Registrations")).ShouldNotContain("Người của đơn vị A");
        using (var removed = await otherUnit.PostFormAsync("/Registrations", $"/Registrations/Remove/{id}", new Dictionary<string, string>()))
        {
            removed.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        using var otherProvince = await SignedInAsync(fixture.Portal, "hy.canbo");
        using (var removed = await otherProvince.PostFormAsync("/Registrations", $"/Registrations/Remove/{id}", new Dictionary<string, string>()))
        {
            removed.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        (await InTenantAsync(fixture, DemoTenants.ThaiBinhCode, db => db.TitleRegistrations.CountAsync(r => r.Id == id))).ShouldBe(1);
        using (var removed = await owner.PostFormAsync("/Registrations", $"/Registrations/Remove/{id}", new Dictionary<string, string>()))
        {
            removed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        (await InTenantAsync(fixture, DemoTenants.ThaiBinhCode, db => db.TitleRegistrations.CountAsync(r => r.Id == id))).ShouldBe(0);
    }

    private static async Task<string> UploadAsync(PortalClient client, byte[] bytes)
    {
        using var response = await PostFileAsync(client, "/Registrations/Import", "/Registrations/Import", "file", "dang-ky.xlsx", bytes);
        return Text(await response.Content.ReadAsStringAsync());
    }

    private static Dictionary<string, object> Row(string kind, string name, string nationalId, string award) => new()
    {
        [ImportRegistrations.Columns[0]] = kind, [ImportRegistrations.Columns[1]] = name, [ImportRegistrations.Columns[2]] = nationalId, [ImportRegistrations.Columns[3]] = award,
    };

    private static byte[] Workbook(params Dictionary<string, object>[] rows)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(rows);
        return stream.ToArray();
    }
}
