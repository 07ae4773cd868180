using System.Globalization;
using MiniExcelLibs;

namespace ThiDuaKhenThuong.Web.Features.Nominations;

/// <summary>
/// The Excel layout for importing nominations into a draft dossier: the template, and reading an upload into raw rows.
/// Checks what the file alone tells (Excel content, header, row count); matching people and awards is the caller's.
/// </summary>
public static class NominationSheet
{
    public const int MaxRows = 2_000;
    public const long MaxBytes = 5 * 1024 * 1024;

    public static IReadOnlyList<string> Columns { get; } = ["Họ và tên", "Số CCCD", "Mã đơn vị", "Danh hiệu, hình thức"];

    public sealed record Sheet(IReadOnlyList<IReadOnlyList<string>> Rows, string? Error)
    {
        public static Sheet Fail(string error) => new([], error);
    }

    public static byte[] Template()
    {
        var examples = new[]
        {
            new Dictionary<string, object> { [Columns[0]] = "Nguyễn Văn A", [Columns[1]] = "034085000123", [Columns[2]] = "", [Columns[3]] = "CSTĐCS" },
            new Dictionary<string, object> { [Columns[0]] = "Trần Thị B", [Columns[1]] = "", [Columns[2]] = "SYT", [Columns[3]] = "Bằng khen UBND tỉnh" },
        };
        using var stream = new MemoryStream();
        stream.SaveAs(examples);
        return stream.ToArray();
    }

    public static Sheet Read(Stream content)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var buffer = new MemoryStream();
        content.CopyTo(buffer);
        if (buffer.Length == 0)
        {
            return Sheet.Fail("Tệp tải lên rỗng.");
        }

        var bytes = buffer.GetBuffer();
        if (buffer.Length < 4 || bytes[0] != 'P' || bytes[1] != 'K' || bytes[2] != 3 || bytes[3] != 4)
        {
            return Sheet.Fail("Tệp không phải tệp Excel (.xlsx). Vui lòng dùng tệp mẫu.");
        }

        buffer.Position = 0;
        var rows = new List<IReadOnlyList<string>>();
        try
        {
            var header = false;
            foreach (IDictionary<string, object?> row in buffer.Query(useHeaderRow: false, excelType: ExcelType.XLSX))
            {
                var cells = row.Values.Select(Text).ToList();
                if (!header)
                {
                    if (!cells.Take(Columns.Count).SequenceEqual(Columns) || cells.Skip(Columns.Count).Any(c => c.Length > 0))
                    {
                        return Sheet.Fail("Các cột của tệp không đúng mẫu. Cần đúng các cột: " + string.Join(", ", Columns) + ".");
                    }

                    header = true;
                    continue;
                }

                if (cells.All(c => c.Length == 0))
                {
                    continue;
                }

                if (rows.Count == MaxRows)
                {
                    return Sheet.Fail("Tệp có quá 2.000 dòng; vui lòng chia thành nhiều tệp.");
                }

                rows.Add([.. cells.Take(Columns.Count), .. Enumerable.Repeat(string.Empty, Math.Max(0, Columns.Count - cells.Count))]);
            }

            if (rows.Count == 0)
            {
                return Sheet.Fail("Tệp không có dòng dữ liệu nào.");
            }
        }
#pragma warning disable CA1031 // Any failure to read the workbook means the same thing to the user: not a valid Excel file.
        catch (Exception)
#pragma warning restore CA1031
        {
            return Sheet.Fail("Không đọc được tệp Excel (tệp hỏng hoặc không phải .xlsx). Vui lòng dùng tệp mẫu.");
        }

        return new Sheet(rows, null);
    }

    private static string Text(object? value) => value switch
    {
        null => string.Empty,
        double n when n == Math.Floor(n) => n.ToString("0", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture).Trim(),
        _ => value.ToString()?.Trim() ?? string.Empty,
    };
}
