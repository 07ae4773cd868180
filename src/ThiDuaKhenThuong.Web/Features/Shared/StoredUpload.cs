using ThiDuaKhenThuong.Domain.Dossiers;
using ThiDuaKhenThuong.Infrastructure.Files;

namespace ThiDuaKhenThuong.Web.Features.Shared;

/// <summary>
/// Stores one uploaded file the way dossier evidence is stored (size limit while streaming, kind by content, per-tenant
/// folder, SHA-256) and scans it. Returns the stored file and its scan status, or the Vietnamese reason it was refused.
/// </summary>
public static class StoredUpload
{
    public const long MaxFileBytes = 20L * 1024 * 1024;

    public sealed record Result(StoredFile? File, DocumentScanStatus Status, string? Refusal);

    public static async Task<Result> SaveAsync(IFileStore files, IFileScanner scanner, Guid tenantId, IFormFile? upload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(scanner);
        if (upload is null || upload.Length == 0)
        {
            return new Result(null, DocumentScanStatus.Pending, "Vui lòng chọn tệp cần tải lên (tệp không được rỗng).");
        }

        StoredFile stored;
        try
        {
            await using var content = upload.OpenReadStream();
            stored = await files.SaveAsync(tenantId, content, upload.FileName, MaxFileBytes, cancellationToken);
        }
        catch (FileRejectedException rejected)
        {
            return new Result(null, DocumentScanStatus.Pending, rejected.Message);
        }

        await using var check = await files.OpenReadAsync(tenantId, stored.StorageKey, stored.Sha256, cancellationToken);
        var status = await scanner.ScanAsync(check, cancellationToken) switch
        {
            ScanStatus.Clean => DocumentScanStatus.Clean,
            ScanStatus.Infected => DocumentScanStatus.Infected,
            _ => DocumentScanStatus.Pending,
        };
        return new Result(stored, status, status == DocumentScanStatus.Infected ? "Tệp bị phát hiện có mã độc và đã bị chặn." : null);
    }
}
