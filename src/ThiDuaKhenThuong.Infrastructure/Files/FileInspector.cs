using System.IO.Compression;

namespace ThiDuaKhenThuong.Infrastructure.Files;

/// <summary>
/// Tells what a file is from its bytes (magic numbers; for DOCX/XLSX the package's parts), and refuses anything else,
/// including archives built to explode when opened (too many entries, too large or too compressed once unpacked).
/// </summary>
public static class FileInspector
{
    public const int MaxZipEntries = 2_000;
    public const long MaxZipUncompressedBytes = 200L * 1024 * 1024;
    public const int MaxCompressionRatio = 100;

    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];

    /// <summary>The kind of the file at <paramref name="path"/>, or a <see cref="FileRejectedException"/>.</summary>
    public static FileKind Inspect(string path)
    {
        var head = new byte[8];
        int read;
        using (var stream = File.OpenRead(path))
        {
            read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }

        if (read == 0)
        {
            throw new FileRejectedException("Tệp rỗng (0 byte).");
        }

        var bytes = head.AsSpan(0, read);
        if (bytes.StartsWith(Pdf))
        {
            return FileKind.Pdf;
        }

        if (bytes.StartsWith(Png))
        {
            return FileKind.Png;
        }

        if (bytes.StartsWith(Jpeg))
        {
            return FileKind.Jpeg;
        }

        if (bytes.StartsWith(Zip))
        {
            return InspectPackage(path);
        }

        throw new FileRejectedException("Loại tệp không được chấp nhận. Chỉ nhận PDF, Word (.docx), Excel (.xlsx), ảnh JPEG hoặc PNG.");
    }

    private static FileKind InspectPackage(string path)
    {
        try
        {
            using var archive = ZipFile.OpenRead(path);
            if (archive.Entries.Count > MaxZipEntries)
            {
                throw new FileRejectedException("Tệp Word/Excel có cấu trúc bất thường (quá nhiều thành phần).");
            }

            long total = 0;
            foreach (var entry in archive.Entries)
            {
                total += entry.Length;
                var ratio = entry.CompressedLength == 0 ? (entry.Length == 0 ? 0 : long.MaxValue) : entry.Length / entry.CompressedLength;
                if (total > MaxZipUncompressedBytes || ratio > MaxCompressionRatio)
                {
                    throw new FileRejectedException("Tệp Word/Excel có cấu trúc bất thường (dung lượng khi giải nén quá lớn).");
                }
            }

            var names = archive.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
            if (names.Contains("[Content_Types].xml") && names.Contains("word/document.xml"))
            {
                return FileKind.Docx;
            }

            if (names.Contains("[Content_Types].xml") && names.Contains("xl/workbook.xml"))
            {
                return FileKind.Xlsx;
            }
        }
        catch (InvalidDataException)
        {
            throw new FileRejectedException("Tệp bị hỏng hoặc không phải tệp Word/Excel hợp lệ.");
        }

        throw new FileRejectedException("Tệp nén không được chấp nhận. Chỉ nhận tài liệu Word (.docx) hoặc Excel (.xlsx).");
    }

    /// <summary>The name to show and send back: no folders, no control characters, at most 200 characters.</summary>
    public static string SafeDisplayName(string? originalName, FileKind kind)
    {
        var name = Path.GetFileName((originalName ?? string.Empty).Replace('\\', '/'));
        name = new string(name.Where(c => !char.IsControl(c) && c != '/' && c != ':').ToArray()).Trim().TrimStart('.');
        if (name.Length == 0)
        {
            name = "tep-dinh-kem" + kind.Extension();
        }

        return name.Length <= 200 ? name : name[..200];
    }
}
