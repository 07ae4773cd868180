using System.Globalization;
using System.IO.Compression;
using MiniExcelLibs;
using ThiDuaKhenThuong.Infrastructure.Files;

namespace ThiDuaKhenThuong.Infrastructure.Imports;

/// <summary>The rows of an uploaded sheet as text, or the Vietnamese reason the whole file is refused.</summary>
public sealed record ExcelRows(IReadOnlyList<IReadOnlyList<string>> Rows, string? Error)
{
    public static ExcelRows Fail(string error) => new([], error);
}

/// <summary>
/// Reads an Excel import the same way everywhere: refuses an empty file, content that is not an .xlsx workbook (or a
/// package built to explode when unpacked), a header that differs from the template's, no data rows or too many; reads
/// the rows as they are unpacked and returns every data row padded to the template's columns. Matching the rows to
/// people, units or awards is the caller's.
/// </summary>
public static class ExcelSheet
{
    public static ExcelRows Read(Stream content, IReadOnlyList<string> columns, int maxRows)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(columns);

        // An upload is already buffered by the server (seekable): read it where it is; copy anything else once.
        using var copy = content.CanSeek ? null : new MemoryStream();
        if (copy is not null)
        {
            content.CopyTo(copy);
            copy.Position = 0;
        }

        var buffer = copy ?? content;
        if (buffer.Length - buffer.Position == 0)
        {
            return ExcelRows.Fail("Tệp tải lên rỗng.");
        }

        var start = buffer.Position;
        Span<byte> head = stackalloc byte[4];
        if (buffer.ReadAtLeast(head, 4, throwOnEndOfStream: false) < 4 || head[0] != 'P' || head[1] != 'K' || head[2] != 3 || head[3] != 4)
        {
            return ExcelRows.Fail("Tệp không phải tệp Excel (.xlsx). Vui lòng dùng tệp mẫu.");
        }

        buffer.Position = start;
        if (PackageProblem(buffer) is { } problem)
        {
            return ExcelRows.Fail(problem);
        }

        buffer.Position = start;
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

    /// <summary>
    /// Refuses a package built to explode when opened (the limits of <see cref="FileInspector"/>: entry count, size once
    /// unpacked, compression ratio) or that is not a workbook, before any of it is unpacked.
    /// </summary>
    private static string? PackageProblem(Stream buffer)
    {
        try
        {
            using var archive = new ZipArchive(buffer, ZipArchiveMode.Read, leaveOpen: true);
            if (archive.Entries.Count > FileInspector.MaxZipEntries)
            {
                return "Tệp Excel có cấu trúc bất thường (quá nhiều thành phần).";
            }

            long total = 0;
            var workbook = false;
            foreach (var entry in archive.Entries)
            {
                total += entry.Length;
                var ratio = entry.CompressedLength == 0 ? (entry.Length == 0 ? 0 : long.MaxValue) : entry.Length / entry.CompressedLength;
                if (total > FileInspector.MaxZipUncompressedBytes || ratio > FileInspector.MaxCompressionRatio)
                {
                    return "Tệp Excel có cấu trúc bất thường (dung lượng khi giải nén quá lớn).";
                }

                workbook |= entry.FullName == "xl/workbook.xml";
            }

            return workbook ? null : "Không đọc được tệp Excel (tệp hỏng hoặc không phải .xlsx). Vui lòng dùng tệp mẫu.";
        }
        catch (InvalidDataException)
        {
            return "Không đọc được tệp Excel (tệp hỏng hoặc không phải .xlsx). Vui lòng dùng tệp mẫu.";
        }
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
