using System.Globalization;
using MiniExcelLibs;

namespace ThiDuaKhenThuong.Infrastructure.Imports;

/// <summary>The rows of an uploaded sheet as text, or the Vietnamese reason the whole file is refused.</summary>
public sealed record ExcelRows(IReadOnlyList<IReadOnlyList<string>> Rows, string? Error)
{
    public static ExcelRows Fail(string error) => new([], error);
}

/// <summary>
/// Reads an Excel import the same way everywhere: refuses an empty file, content that is not an .xlsx workbook, a header
/// that differs from the template's, no data rows or too many; returns every data row padded to the template's columns.
/// Matching the rows to people, units or awards is the caller's.
/// </summary>
public static class ExcelSheet
{
    public static ExcelRows Read(Stream content, IReadOnlyList<string> columns, int maxRows)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(columns);
        using var buffer = new MemoryStream();
        content.CopyTo(buffer);
        if (buffer.Length == 0)
        {
            return ExcelRows.Fail("Tệp tải lên rỗng.");
        }

        var bytes = buffer.GetBuffer();
        if (buffer.Length < 4 || bytes[0] != 'P' || bytes[1] != 'K' || bytes[2] != 3 || bytes[3] != 4)
        {
            return ExcelRows.Fail("Tệp không phải tệp Excel (.xlsx). Vui lòng dùng tệp mẫu.");
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
                    if (!cells.Take(columns.Count).SequenceEqual(columns) || cells.Skip(columns.Count).Any(c => c.Length > 0))
                    {
                        return ExcelRows.Fail("Các cột của tệp không đúng mẫu. Cần đúng các cột: " + string.Join(", ", columns) + ".");
                    }

                    header = true;
                    continue;
                }

                if (cells.All(c => c.Length == 0))
                {
                    continue;
                }

                if (rows.Count == maxRows)
                {
                    return ExcelRows.Fail($"Tệp có quá {maxRows.ToString("N0", CultureInfo.GetCultureInfo("vi-VN"))} dòng; vui lòng chia thành nhiều tệp.");
                }

                rows.Add([.. cells.Take(columns.Count), .. Enumerable.Repeat(string.Empty, Math.Max(0, columns.Count - cells.Count))]);
            }

            if (rows.Count == 0)
            {
                return ExcelRows.Fail("Tệp không có dòng dữ liệu nào.");
            }
        }
#pragma warning disable CA1031 // Any failure to read the workbook means the same thing to the user: not a valid Excel file.
        catch (Exception)
#pragma warning restore CA1031
        {
            return ExcelRows.Fail("Không đọc được tệp Excel (tệp hỏng hoặc không phải .xlsx). Vui lòng dùng tệp mẫu.");
        }

        return new ExcelRows(rows, null);
    }

    /// <summary>A workbook of the given rows (column name → value), for templates.</summary>
    public static byte[] Write(IEnumerable<IDictionary<string, object>> rows)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(rows);
        return stream.ToArray();
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
