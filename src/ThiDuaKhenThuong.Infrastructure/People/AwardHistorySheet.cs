using ThiDuaKhenThuong.Infrastructure.Imports;

namespace ThiDuaKhenThuong.Infrastructure.People;

/// <summary>
/// The Excel layout for importing award history: the template, and reading an uploaded file into raw rows. Checks what
/// can be told from the file alone (Excel content, header, row count); matching people and awards is the caller's.
/// </summary>
public static class AwardHistorySheet
{
    public const int MaxRows = 50_000;
    public const long MaxBytes = 10 * 1024 * 1024;

    public static IReadOnlyList<string> Columns { get; } =
        ["Họ và tên", "Số CCCD", "Mã đơn vị", "Danh hiệu, hình thức", "Năm", "Số quyết định", "Ngày quyết định", "Cơ quan ban hành"];

    public static byte[] Template()
    {
        var example = new Dictionary<string, object>
        {
            [Columns[0]] = "Nguyễn Văn A",
            [Columns[1]] = "034085000123",
            [Columns[2]] = "SYT",
            [Columns[3]] = "LĐTT",
            [Columns[4]] = 2024,
            [Columns[5]] = "125/QĐ-SYT",
            [Columns[6]] = "15/12/2024",
            [Columns[7]] = "Giám đốc Sở Y tế",
        };
        return ExcelSheet.Write([example]);
    }

    public static ExcelRows Read(Stream content) => ExcelSheet.Read(content, Columns, MaxRows);

    public static DateOnly? ParseDate(string text) => ExcelSheet.ParseDate(text);
}
