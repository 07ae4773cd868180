using ThiDuaKhenThuong.Infrastructure.Imports;

namespace ThiDuaKhenThuong.Web.Features.Nominations;

/// <summary>
/// The Excel layout for importing nominations into a draft dossier: the template, and reading an upload into raw rows.
/// Checks what the file alone tells (Excel content, header, row count); matching people and awards is the caller's.
/// </summary>
public static class NominationSheet
{
    public const int MaxRows = 10_000;
    public const long MaxBytes = 20 * 1024 * 1024;

    public static IReadOnlyList<string> Columns { get; } = ["Họ và tên", "Số CCCD", "Mã đơn vị", "Danh hiệu, hình thức"];

    public static byte[] Template()
    {
        var examples = new[]
        {
            new Dictionary<string, object> { [Columns[0]] = "Nguyễn Văn A", [Columns[1]] = "034085000123", [Columns[2]] = "", [Columns[3]] = "CSTĐCS" },
            new Dictionary<string, object> { [Columns[0]] = "Trần Thị B", [Columns[1]] = "", [Columns[2]] = "SYT", [Columns[3]] = "Bằng khen UBND tỉnh" },
        };
        return ExcelSheet.Write(examples);
    }

    public static ExcelRows Read(Stream content) => ExcelSheet.Read(content, Columns, MaxRows);
}
