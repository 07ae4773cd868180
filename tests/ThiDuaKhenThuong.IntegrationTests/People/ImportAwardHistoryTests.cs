using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using MiniExcelLibs;
using ThiDuaKhenThuong.Infrastructure.People;
using ThiDuaKhenThuong.Infrastructure.Seeding;
using ThiDuaKhenThuong.TestKit;

namespace ThiDuaKhenThuong.IntegrationTests.People;

[Collection(PortalCollection.Name)]
public sealed partial class ImportAwardHistoryTests(PortalFixture fixture)
{
    [Fact]
    public async Task GoodFile_ImportsEveryRow_OntoThePerson()
    {
        using var client = await SignedInAsync();
        var (id, nationalId) = await NewPersonAsync(client);

        var text = await UploadAsync(client, Workbook(Row(nationalId, "LĐTT", "2023"), Row(nationalId, "GrassrootsEmulationFighter", "2024")));

        text.ShouldContain("Đã nhập 2 khen thưởng.");
        var page = PortalClient.Text(await client.GetStringAsync($"/People/Details/{id}"));
        page.ShouldContain("Chiến sĩ thi đua cơ sở");
        page.ShouldContain("Nhập từ Excel");
    }

    [Fact]
    public async Task FileWithBadRows_ReportsEachRow_AndImportsNothing()
    {
        using var client = await SignedInAsync();
        var (id, nationalId) = await NewPersonAsync(client);

        var text = await UploadAsync(client, Workbook(
            Row(nationalId, "LĐTT", "2023"),
            Row(nationalId, "Danh hiệu không có", "2024"),
            Row("099999999999", "LĐTT", "năm ngoái")));

        text.ShouldContain("Có 2 dòng không hợp lệ; chưa nhập dòng nào.");
        text.ShouldContain("không có danh hiệu, hình thức \"Danh hiệu không có\"");
        text.ShouldContain("không có cá nhân có số CCCD 099999999999; năm \"năm ngoái\" không hợp lệ");
        PortalClient.Text(await client.GetStringAsync($"/People/Details/{id}")).ShouldContain("Chưa có khen thưởng nào được ghi nhận.");
    }

    [Theory]
    [InlineData("Họ và tên;Năm\nA;2024", "Tệp không phải tệp Excel (.xlsx)")]
    [InlineData("PK\u0003\u0004 không phải workbook", "Không đọc được tệp Excel")]
    [InlineData("", "Vui lòng chọn tệp Excel (.xlsx) có dữ liệu.")]
    public async Task NonExcelOrEmptyFile_IsRefusedWithAMessage(string content, string message)
    {
        using var client = await SignedInAsync();

        var text = await UploadAsync(client, Encoding.UTF8.GetBytes(content));

        text.ShouldContain(message);
    }

    [Fact]
    public async Task WrongColumns_AreRefused()
    {
        using var client = await SignedInAsync();
        using var stream = new MemoryStream();
        stream.SaveAs(new[] { new Dictionary<string, object> { ["Tên"] = "A", ["Năm"] = 2024 } });

        var text = await UploadAsync(client, stream.ToArray());

        text.ShouldContain("Các cột của tệp không đúng mẫu.");
    }

    [Fact]
    public async Task Template_IsAnExcelFileWithTheExpectedColumns()
    {
        using var client = await SignedInAsync();

        using var response = await client.GetAsync("/People/Template");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var stream = new MemoryStream(bytes);
        stream.GetColumns(useHeaderRow: true)!.ShouldBe(AwardHistorySheet.Columns);
    }

    private static Dictionary<string, object> Row(string nationalId, string award, string year) => new()
    {
        ["Họ và tên"] = "Người nhập Excel", ["Số CCCD"] = nationalId, ["Mã đơn vị"] = "SYT", ["Danh hiệu, hình thức"] = award,
        ["Năm"] = year, ["Số quyết định"] = "12/QĐ-SYT", ["Ngày quyết định"] = "20/12/" + year, ["Cơ quan ban hành"] = "Giám đốc Sở Y tế",
    };

    private static byte[] Workbook(params Dictionary<string, object>[] rows)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(rows);
        return stream.ToArray();
    }

    private async Task<(Guid Id, string NationalId)> NewPersonAsync(PortalClient client)
    {
        var nationalId = PeopleTests.NewNationalId();
        var name = "Người nhập Excel " + nationalId[^6..];
        var people = new PeopleTests(fixture);
        (await client.PostFormAsync("/People/Create", "/People/Save", await people.FieldsAsync(name, nationalId, "SYT"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return (await PeopleLookup.IdOfAsync(client, name), nationalId);
    }

    private static async Task<string> UploadAsync(PortalClient client, byte[] file)
    {
        var form = await client.GetStringAsync("/People/Import");
        var token = WebUtility.HtmlDecode(Token().Match(form).Groups[1].Value);
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(token), "__RequestVerificationToken");
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        content.Add(part, "file", "qua-trinh.xlsx");
        using var response = await client.Http.PostAsync(new Uri("/People/Import", UriKind.Relative), content);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return PortalClient.Text(await response.Content.ReadAsStringAsync());
    }

    private async Task<PortalClient> SignedInAsync()
    {
        var client = fixture.Portal.CreatePortalClient();
        await client.SignInOrFailAsync("tb.chuyenvien", DemoAccounts.Password);
        return client;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
