using System.Net;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using ThiDuaKhenThuong.Domain.Catalog;
using ThiDuaKhenThuong.Domain.Dossiers;
using ThiDuaKhenThuong.Domain.Identity;
using ThiDuaKhenThuong.Infrastructure.Seeding;
using ThiDuaKhenThuong.TestKit;
using static ThiDuaKhenThuong.IntegrationTests.Nominations.NominationsTestKit;

namespace ThiDuaKhenThuong.IntegrationTests.DossierDocuments;

[Collection(PortalCollection.Name)]
public sealed class DossierDocumentsTests(PortalFixture fixture)
{
    private static readonly string[] Headers = ["Số hồ sơ", "Trích yếu", "Đơn vị", "Năm", "Loại hình", "Số đề nghị", "Ngày gửi"];

    [Fact]
    public async Task CoverLetter_IsAWordFile_WithTheUnitAndEveryNominee_ForThoseWhoMaySeeTheDossier()
    {
        using var staff = await SignedInAsync(fixture, "tb.canbo");
        var id = await CreateDraftAsync(staff, "Đề nghị Bằng khen tờ trình " + Guid.NewGuid().ToString("N")[..8]);
        var names = await AddNominationsAsync(id, 2);

        using var response = await staff.GetAsync($"/DossierDocuments/CoverLetter/{id}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        response.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        (response.Content.Headers.ContentDisposition.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName).ShouldBe("to-trinh-du-thao.docx");
        var text = BodyText(await response.Content.ReadAsByteArrayAsync());
        text.ShouldContain("TỜ TRÌNH");
        text.ShouldContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        text.ShouldContain("Độc lập - Tự do - Hạnh phúc");
        text.ShouldContain("SỞ Y TẾ");
        text.ShouldContain("Sở Y tế");
        text.ShouldContain("Kính gửi: Hội đồng Thi đua - Khen thưởng tỉnh");
        text.ShouldContain("Về việc đề nghị Bằng khen tờ trình");
        text.ShouldContain("Thái Bình, ngày");
        text.ShouldContain("THỦ TRƯỞNG ĐƠN VỊ");
        text.ShouldContain("Bằng khen của Chủ tịch");
        foreach (var name in names)
        {
            text.ShouldContain(name);
        }

        var otherUnit = await fixture.CreateUserAsync(DemoTenants.ThaiBinhCode, "SNV", Roles.UnitStaff);
        using var other = await SignedInAsync(fixture, otherUnit);
        (await other.GetAsync($"/DossierDocuments/CoverLetter/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var foreign = await SignedInAsync(fixture, "hy.canbo");
        (await foreign.GetAsync($"/DossierDocuments/CoverLetter/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var officer = await SignedInAsync(fixture, "tb.chuyenvien");
        (await officer.GetAsync($"/DossierDocuments/CoverLetter/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await staff.GetAsync($"/DossierDocuments/CoverLetter/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await staff.GetAsync("/DossierDocuments/CoverLetter/not-a-guid")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        await MoveAsync(fixture, id);
        using var sent = await officer.GetAsync($"/DossierDocuments/CoverLetter/{id}");
        sent.StatusCode.ShouldBe(HttpStatusCode.OK);
        BodyText(await sent.Content.ReadAsByteArrayAsync()).ShouldContain(names[0]);
    }

    [Fact]
    public async Task Export_ListsWhatTheUserSees_WithVietnameseHeaders()
    {
        var marker = "Xuất Excel " + Guid.NewGuid().ToString("N")[..8];
        using var staff = await SignedInAsync(fixture, "tb.canbo");
        var draft = await CreateDraftAsync(staff, marker + " nháp Sở Y tế");
        var otherUnit = await fixture.CreateUserAsync(DemoTenants.ThaiBinhCode, "SNV", Roles.UnitStaff);
        using var other = await SignedInAsync(fixture, otherUnit);
        var sent = await CreateDraftAsync(other, marker + " đã gửi Sở Nội vụ");
        await MoveAsync(fixture, sent);

        using var officer = await SignedInAsync(fixture, "tb.chuyenvien");
        var officerRows = await ExportAsync(officer, "?q=" + Uri.EscapeDataString(marker));
        officerRows[0].ShouldBe(Headers);
        officerRows.Skip(1).Select(r => r[1]).ShouldBe([marker + " đã gửi Sở Nội vụ"]);
        officerRows[1][5].ShouldBe("0");
        officerRows[1][6].ShouldNotBeNullOrWhiteSpace();
        var everySent = await ExportAsync(officer, "?year=2025&kind=Annual");
        everySent.Count.ShouldBeGreaterThan(1);
        everySent.Skip(1).ShouldAllBe(r => r[6].Length > 0 && r[3] == "2025");

        var staffRows = await ExportAsync(staff, "?q=" + Uri.EscapeDataString(marker));
        staffRows[0].ShouldBe(Headers);
        staffRows.Skip(1).Select(r => r[1]).ShouldBe([marker + " nháp Sở Y tế"]);
        staffRows[1][0].ShouldBe("(chưa cấp số)");
        staffRows[1][6].ShouldBeEmpty();
        var ownOnly = await ExportAsync(staff, string.Empty);
        ownOnly.Skip(1).ShouldNotBeEmpty();
        ownOnly.Skip(1).ShouldAllBe(r => r[2] == "Sở Y tế");

        using var foreign = await SignedInAsync(fixture, "hy.chuyenvien");
        (await ExportAsync(foreign, "?q=" + Uri.EscapeDataString(marker))).Count.ShouldBe(1);
        draft.ShouldNotBe(sent);
    }

    private static string BodyText(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document).Select(e => e.Description).ShouldBeEmpty();
        return string.Join("\n", document.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
    }

    private static async Task<List<string[]>> ExportAsync(PortalClient client, string query)
    {
        using var response = await client.GetAsync("/DossierDocuments/Export" + query);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        return stream.Query().Cast<IDictionary<string, object?>>()
            .Select(r => r.Values.Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty).ToArray())
            .ToList();
    }

    /// <summary>Adds the unit's first people to the draft as nominees for the provincial certificate; returns their names.</summary>
    private Task<List<string>> AddNominationsAsync(Guid dossierId, int count)
        => InThaiBinhAsync(fixture, async db =>
        {
            var dossier = await db.Dossiers.Include(d => d.Nominations).SingleAsync(d => d.Id == dossierId);
            var people = await db.People.Where(p => p.UnitId == dossier.UnitId).OrderBy(p => p.FullName).Take(count).ToListAsync();
            people.Count.ShouldBe(count);
            foreach (var person in people)
            {
                var nomination = dossier.AddNomination(Guid.CreateVersion7(), new NomineeRef(NomineeKind.Person, person.Id, person.FullName), AwardCodes.ProvincialCertificate);
                nomination.RecordEligibility(EligibilityStatus.Unknown, "{}");
            }

            await db.SaveChangesAsync();
            return people.Select(p => p.FullName).ToList();
        });
}
