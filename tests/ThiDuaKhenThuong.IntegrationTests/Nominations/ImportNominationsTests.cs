using System.Net;
using System.Text;
using MiniExcelLibs;
using ThiDuaKhenThuong.Domain.Catalog;
using ThiDuaKhenThuong.Infrastructure.Seeding;
using ThiDuaKhenThuong.TestKit;
using ThiDuaKhenThuong.Web.Features.Nominations;
using static ThiDuaKhenThuong.IntegrationTests.Nominations.NominationsTestKit;

namespace ThiDuaKhenThuong.IntegrationTests.Nominations;

[Collection(PortalCollection.Name)]
public sealed class ImportNominationsTests(PortalFixture fixture)
{
    [Fact]
    public async Task GoodFile_AddsEveryRow_AndChecksEach()
    {
        using var staff = await SignedInAsync(fixture, "tb.canbo");
        var dossierId = await CreateDraftAsync(staff, "Hồ sơ nhập từ Excel");

        var text = await UploadAsync(staff, dossierId, Workbook(
            Row(PeopleDemoStep.PassingName, "SYT", "CSTĐ cấp tỉnh"),
            Row(PeopleDemoStep.GapName, "syt", "Bằng khen UBND tỉnh")));

        text.ShouldContain("Đã nhập 2 đề nghị vào hồ sơ");
        var dossier = await DossierAsync(fixture, dossierId);
        dossier.Nominations.Select(n => (n.Nominee.Name, n.AwardCode)).OrderBy(n => n.Name).ShouldBe(
        [
            (PeopleDemoStep.GapName, AwardCodes.ProvincialCertificate),
            (PeopleDemoStep.PassingName, AwardCodes.ProvincialEmulationFighter),
        ]);
        dossier.Nominations.ShouldAllBe(n => n.EligibilityReport != null);
    }

    [Fact]
    public async Task FileWithBadRows_ReportsEachRow_AndAddsNothing()
    {
        using var staff = await SignedInAsync(fixture, "tb.canbo");
        var dossierId = await CreateDraftAsync(staff, "Hồ sơ nhập lỗi");

        var text = await UploadAsync(staff, dossierId, Workbook(
            Row(PeopleDemoStep.PassingName, "SYT", "CSTĐCS"),
            Row("Người không có thật", "SYT", "CSTĐCS"),
            Row(PeopleDemoStep.GapName, "SYT", "Danh hiệu lạ"),
            Row(PeopleDemoStep.PassingName, "SYT", "GrassrootsEmulationFighter")));

        text.ShouldContain("Có 3 dòng không hợp lệ; chưa nhập dòng nào.");
        text.ShouldContain("không có cá nhân, tập thể \"Người không có thật\" thuộc đơn vị SYT");
        text.ShouldContain("không có danh hiệu, hình thức \"Danh hiệu lạ\"");
        text.ShouldContain("trùng với dòng 2");
        (await DossierAsync(fixture, dossierId)).Nominations.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Họ và tên;Danh hiệu\nA;CSTĐCS", "Tệp không phải tệp Excel (.xlsx)")]
    [InlineData("PK\u0003\u0004 không phải workbook", "Không đọc được tệp Excel")]
    [InlineData("", "Vui lòng chọn tệp Excel (.xlsx) có dữ liệu.")]
    public async Task NonExcelOrEmptyFile_IsRefused(string content, string message)
    {
        using var staff = await SignedInAsync(fixture, "tb.canbo");
        var dossierId = await CreateDraftAsync(staff, "Hồ sơ nhập tệp sai");

        (await UploadAsync(staff, dossierId, Encoding.UTF8.GetBytes(content))).ShouldContain(message);
    }

    [Fact]
    public async Task WrongColumnsOrTooManyRows_AreRefused()
    {
        using var staff = await SignedInAsync(fixture, "tb.canbo");
        var dossierId = await CreateDraftAsync(staff, "Hồ sơ nhập sai cột");
        using var wrong = new MemoryStream();
        wrong.SaveAs(new[] { new Dictionary<string, object> { ["Tên"] = "A", ["Hình thức"] = "CSTĐCS" } });

        (await UploadAsync(staff, dossierId, wrong.ToArray())).ShouldContain("Các cột của tệp không đúng mẫu.");
        var many = Enumerable.Range(0, NominationSheet.MaxRows + 1).Select(i => Row("Người " + i, "SYT", "CSTĐCS")).ToArray();
        (await UploadAsync(staff, dossierId, Workbook(many))).ShouldContain("Tệp có quá 2.000 dòng");
    }

    [Fact]
    public async Task Template_HasTheExpectedColumns()
    {
        using var staff = await SignedInAsync(fixture, "tb.canbo");
        using var response = await staff.GetAsync("/Nominations/Template");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        stream.GetColumns(useHeaderRow: true)!.ShouldBe(NominationSheet.Columns);
    }

    private static Dictionary<string, object> Row(string name, string unit, string award) => new()
    {
        ["Họ và tên"] = name, ["Số CCCD"] = string.Empty, ["Mã đơn vị"] = unit, ["Danh hiệu, hình thức"] = award,
    };

    private static byte[] Workbook(params Dictionary<string, object>[] rows)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(rows);
        return stream.ToArray();
    }
}
