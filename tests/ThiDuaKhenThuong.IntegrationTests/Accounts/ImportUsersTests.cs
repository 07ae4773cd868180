using System.Text;
using ThiDuaKhenThuong.Infrastructure.Seeding;
using ThiDuaKhenThuong.TestKit;
using static ThiDuaKhenThuong.IntegrationTests.Accounts.AccountsTestKit;

namespace ThiDuaKhenThuong.IntegrationTests.Accounts;

[Collection(PortalCollection.Name)]
public sealed class ImportUsersTests(PortalFixture fixture)
{
    [Fact]
    public async Task AGoodFile_ImportsEveryRow_AndTheAccountsSignIn()
    {
        using var admin = await SignedInAsync(fixture, "tb.quantri");
        var first = NewName("imp");
        var second = NewName("imp");
        var file = Workbook([
            Row(first, "Trần Thị Hoa", "SYT", "UnitStaff", "hoa-sen-no-ro-2025", first + "@thaibinh.gov.vn"),
            Row(second, "Lê Văn Đạt", "SGDDT", "Thủ trưởng đơn vị, CouncilMember"),
        ]);

        var report = await UploadAsync(admin, file);

        report.ShouldContain("Đã nhập 2 tài khoản.");
        using var user = await SignedInAsync(fixture, first, "hoa-sen-no-ro-2025");
        var imported = await FindUserAsync(fixture, DemoTenants.ThaiBinhCode, second);
        imported.ShouldNotBeNull();
        imported.UnitId.ShouldBe(await UnitIdAsync(fixture, DemoTenants.ThaiBinhCode, "SGDDT"));
        PortalClient.Text(await admin.GetStringAsync("/Users?q=" + second)).ShouldContain("Thủ trưởng đơn vị, Thành viên Hội đồng TĐKT");
    }

    [Fact]
    public async Task AFileWithBadRows_ReportsEachReason_AndImportsNothing()
    {
        using var admin = await SignedInAsync(fixture, "tb.quantri");
        var good = NewName("imp");
        var twice = NewName("imp");
        var file = Workbook([
            Row(good, "Phạm Văn An", "SYT", "UnitStaff"),
            Row(twice, "Vũ Thị Bích", "KHONG-CO", "UnitStaff"),
            Row(twice, "Vũ Thị Bích", "SYT", "Quản trị hệ thống"),
            Row("tb.canbo", "Người trùng", "SYT", "UnitStaff"),
            Row(NewName("imp"), "Mật khẩu yếu", "SYT", "UnitStaff", "ngan"),
        ]);

        var report = await UploadAsync(admin, file);

        report.ShouldContain("Không nhập tài khoản nào: 4 dòng bị từ chối, 1 dòng hợp lệ.");
        report.ShouldContain("Không có đơn vị mã 'KHONG-CO' trong tỉnh.");
        report.ShouldContain($"Tên đăng nhập '{twice}' bị trùng trong tệp.");
        report.ShouldContain("Vai trò 'Quản trị hệ thống' không hợp lệ.");
        report.ShouldContain("Tên đăng nhập 'tb.canbo' đã được dùng.");
        report.ShouldContain("Mật khẩu phải có ít nhất 12 ký tự.");
        (await FindUserAsync(fixture, DemoTenants.ThaiBinhCode, good)).ShouldBeNull();
        (await FindUserAsync(fixture, DemoTenants.ThaiBinhCode, twice)).ShouldBeNull();
    }

    [Fact]
    public async Task ANonExcelFile_IsRefusedByItsContent()
    {
        using var admin = await SignedInAsync(fixture, "tb.quantri");

        var report = await UploadAsync(admin, Encoding.UTF8.GetBytes("Tên đăng nhập,Họ và tên\nabc,Nguyễn Văn A\n"), "tai-khoan.xlsx");

        report.ShouldContain("Tệp không phải là tệp Excel (.xlsx).");
    }

    [Fact]
    public async Task AZipThatIsNotAWorkbook_IsRefused()
    {
        using var admin = await SignedInAsync(fixture, "tb.quantri");
        using var zip = new MemoryStream();
        using (var archive = new System.IO.Compression.ZipArchive(zip, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            await using var entry = await archive.CreateEntry("readme.txt").OpenAsync();
            await entry.WriteAsync(Encoding.UTF8.GetBytes("không phải Excel"));
        }

        var report = await UploadAsync(admin, zip.ToArray());

        report.ShouldContain("Không đọc được tệp Excel");
    }

    [Fact]
    public async Task TheTemplateUploadedUnfilled_SaysThereAreNoRows()
    {
        using var admin = await SignedInAsync(fixture, "tb.quantri");
        using var template = await admin.GetAsync("/Users/Template");

        (await UploadAsync(admin, await template.Content.ReadAsByteArrayAsync())).ShouldContain("Tệp không có dòng dữ liệu nào.");
    }

    [Fact]
    public async Task AnEmptyFile_IsRefused()
    {
        using var admin = await SignedInAsync(fixture, "tb.quantri");

        (await UploadAsync(admin, [])).ShouldContain("Tệp tải lên trống.");
    }

    [Fact]
    public async Task AWorkbookWithWrongColumns_SaysWhichAreMissing()
    {
        using var admin = await SignedInAsync(fixture, "tb.quantri");
        var file = Workbook([new Dictionary<string, object> { ["Tên đăng nhập"] = NewName("imp"), ["Tên"] = "Nguyễn Văn A" }]);

        var report = await UploadAsync(admin, file);

        report.ShouldContain("Tệp thiếu cột: Họ và tên, Mã đơn vị, Vai trò.");
    }

    [Fact]
    public async Task TheTemplate_IsAWorkbookWithTheExpectedColumns()
    {
        using var admin = await SignedInAsync(fixture, "tb.quantri");

        using var response = await admin.GetAsync("/Users/Template");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        using var stream = new MemoryStream(bytes);
        var header = (IDictionary<string, object>)MiniExcelLibs.MiniExcel.Query(stream).First();
        header.Values.Select(v => v.ToString()).ShouldBe(["Tên đăng nhập", "Họ và tên", "Thư điện tử", "Mã đơn vị", "Vai trò", "Mật khẩu"]);
    }
}
