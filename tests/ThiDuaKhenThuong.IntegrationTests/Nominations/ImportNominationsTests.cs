using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Npgsql;
using ThiDuaKhenThuong.Domain.Catalog;
using ThiDuaKhenThuong.Domain.Organisation;
using ThiDuaKhenThuong.Domain.People;
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
    public async Task WrongColumns_AreRefused()
    {
        using var staff = await SignedInAsync(fixture, "tb.canbo");
        var dossierId = await CreateDraftAsync(staff, "Hồ sơ nhập sai cột");
        using var wrong = new MemoryStream();
        wrong.SaveAs(new[] { new Dictionary<string, object> { ["Tên"] = "A", ["Hình thức"] = "CSTĐCS" } });

        (await UploadAsync(staff, dossierId, wrong.ToArray())).ShouldContain("Các cột của tệp không đúng mẫu.");
    }

    [Fact]
    public async Task TenThousandAndOneRows_AreRefused_AndNothingIsStored()
    {
        using var staff = await SignedInAsync(fixture, "tb.canbo");
        var dossierId = await CreateDraftAsync(staff, "Hồ sơ nhập quá nhiều dòng");

        var text = await UploadAsync(staff, dossierId, TooMany.Value);

        text.ShouldContain("Tệp có quá 10.000 dòng; vui lòng chia thành nhiều tệp.");
        (await DossierAsync(fixture, dossierId)).Nominations.ShouldBeEmpty();
    }

    [Fact]
    public async Task ZipBomb_IsRefused_BeforeItIsUnpacked()
    {
        using var staff = await SignedInAsync(fixture, "tb.canbo");
        var dossierId = await CreateDraftAsync(staff, "Hồ sơ nhập tệp nén bất thường");
        using var bomb = new MemoryStream();
        using (var archive = new ZipArchive(bomb, ZipArchiveMode.Create, leaveOpen: true))
        {
            await using var entry = archive.CreateEntry("xl/workbook.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 50; i++)
            {
                await entry.WriteAsync(zeros);
            }
        }

        (await UploadAsync(staff, dossierId, bomb.ToArray())).ShouldContain("dung lượng khi giải nén quá lớn");
    }

    /// <summary>
    /// The largest file accepted: 10,000 nominees of a unit, most by CCCD (as Excel writes it, leading zeros dropped),
    /// the rest by name and unit code, three awards of the catalog. Every row is stored and checked.
    /// </summary>
    [Fact]
    public async Task TenThousandRows_AreAllStored_AndEachIsChecked()
    {
        var unitCode = "NHAP-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var (unitId, people) = await CreatePeopleAsync(unitCode, NominationSheet.MaxRows);
        var dossierId = Guid.Empty;
        try
        {
            string[] awards = ["CSTĐCS", "Bằng khen UBND tỉnh", "CSTĐ cấp tỉnh"];
            var rows = people.Select((p, i) => i % 10 == 9
                ? Row(p.Name, unitCode, awards[i % 3])
                : new Dictionary<string, object> { ["Họ và tên"] = p.Name, ["Số CCCD"] = long.Parse(p.NationalId, CultureInfo.InvariantCulture), ["Mã đơn vị"] = string.Empty, ["Danh hiệu, hình thức"] = awards[i % 3] })
                .ToArray();
            using var staff = await SignedInAsync(fixture, "tb.canbo");
            dossierId = await CreateDraftAsync(staff, "Hồ sơ nhập 10.000 đề nghị", 2018);

            var text = await UploadAsync(staff, dossierId, Workbook(rows));

            text.ShouldContain("Đã nhập 10.000 đề nghị vào hồ sơ");
            var stored = await InThaiBinhAsync(fixture, db => db.Nominations.AsNoTracking().Where(n => n.DossierId == dossierId)
                .Select(n => new { n.Nominee.Id, n.AwardCode, n.EligibilityReport }).ToListAsync());
            stored.Count.ShouldBe(NominationSheet.MaxRows);
            stored.Select(n => n.Id).ToHashSet().SetEquals(people.Select(p => p.Id)).ShouldBeTrue();
            stored.Count(n => n.AwardCode == AwardCodes.GrassrootsEmulationFighter).ShouldBe(3334);
            stored.ShouldAllBe(n => n.EligibilityReport != null && n.EligibilityReport.Contains("\"Overall\""));
        }
        finally
        {
            // The province's other tests count its people and nominations: the 10,000 go again.
            await using var connection = new NpgsqlConnection(fixture.Database.AdminConnectionString);
            await connection.OpenAsync();
            await using var delete = new NpgsqlCommand("DELETE FROM nominations WHERE dossier_id = @dossier; DELETE FROM people WHERE unit_id = @unit", connection);
            delete.Parameters.AddWithValue("dossier", dossierId);
            delete.Parameters.AddWithValue("unit", unitId);
            await delete.ExecuteNonQueryAsync();
        }
    }

    private static readonly Lazy<byte[]> TooMany = new(() =>
        Workbook([.. Enumerable.Range(0, NominationSheet.MaxRows + 1).Select(i => Row("Người " + i, "SYT", "CSTĐCS"))]));

    /// <summary>A new unit of Thái Bình with <paramref name="count"/> people, each with a CCCD of their own.</summary>
    private async Task<(Guid UnitId, List<(Guid Id, string Name, string NationalId)> People)> CreatePeopleAsync(string unitCode, int count)
    {
        var tenantId = await fixture.TenantIdAsync(DemoTenants.ThaiBinhCode);
        string[] family = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi"];
        string[] given = ["Văn An", "Thị Bình", "Đức Cường", "Thị Dung", "Minh Đức", "Thu Hà", "Quốc Hùng", "Ngọc Lan"];
        var prefix = Random.Shared.Next(10, 100);
        var people = Enumerable.Range(0, count)
            .Select(i => (Id: Guid.CreateVersion7(), Name: $"{family[i % family.Length]} {given[i / family.Length % given.Length]} {i:00000}", NationalId: $"0{prefix}{i:000000000}"))
            .ToList();
        var unitId = Guid.CreateVersion7();
        await InThaiBinhAsync(fixture, async db =>
        {
            var unit = new Unit(tenantId, unitId, unitCode, "Đơn vị nhập thử " + unitCode, UnitKind.Other, null, new DateOnly(2015, 1, 1));
            db.Units.Add(unit);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.People.AddRange(people.Select((p, i) => new Person(tenantId, p.Id, new PersonDetails(p.Name, i % 2 == 0 ? Gender.Male : Gender.Female, 1970 + (i % 30), p.NationalId, "Chuyên viên", unit.Id))));
            return await db.SaveChangesAsync();
        });
        return (unitId, people);
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
