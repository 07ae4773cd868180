using System.Globalization;
using MiniExcelLibs;

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

    public sealed record Sheet(IReadOnlyList<IReadOnlyList<string>> Rows, string? Error)
    {
        public static Sheet Fail(string error) => new([], error);
    }

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
        using var stream = new MemoryStream();
        stream.SaveAs(new[] { example });
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
            IReadOnlyList<string>? header = null;
            foreach (IDictionary<string, object?> row in buffer.Query(useHeaderRow: false, excelType: ExcelType.XLSX))
            {
                var cells = row.Values.Select(Text).ToList();
                if (header is null)
                {
                    header = cells.Take(Columns.Count).ToList();
                    if (!header.SequenceEqual(Columns) || cells.Skip(Columns.Count).Any(c => c.Length > 0))
                    {
                        return Sheet.Fail("Các cột của tệp không đúng mẫu. Cần đúng các cột: " + string.Join(", ", Columns) + ".");
                    }

                    continue;
                }

                if (cells.All(c => c.Length == 0))
                {
                    continue;
                }

                if (rows.Count == MaxRows)
                {
                    return Sheet.Fail($"Tệp có quá {MaxRows:N0} dòng; vui lòng chia thành nhiều tệp.".Replace(',', '.'));
                }

                rows.Add([.. cells.Take(Columns.Count), .. Enumerable.Repeat(string.Empty, Math.Max(0, Columns.Count - cells.Count))]);
            }

            if (header is null || rows.Count == 0)
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

    /// <summary>A date cell, typed (Excel date) or written dd/MM/yyyy.</summary>
    public static DateOnly? ParseDate(string text)
        => DateOnly.TryParseExact(text, ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static string Text(object? value) => value switch
    {
        null => string.Empty,
        DateTime d => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        double n when n == Math.Floor(n) => n.ToString("0", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture).Trim(),
        _ => value.ToString()?.Trim() ?? string.Empty,
    };
}
