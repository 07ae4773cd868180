using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Dossiers;
using ThiDuaKhenThuong.Infrastructure.Files;
using ThiDuaKhenThuong.Infrastructure.Persistence;

namespace ThiDuaKhenThuong.Web.Features.Dossiers;

/// <summary>Adds an evidence file: at most 20 MB per file and 100 MB per dossier, accepted kinds by content only.</summary>
public static class UploadDocument
{
    public const long MaxFileBytes = 20L * 1024 * 1024;
    public const long MaxDossierBytes = 100L * 1024 * 1024;

    public sealed class Command
    {
        public string DocumentCode { get; set; } = string.Empty;

        public Guid? NominationId { get; set; }

        public IFormFile? File { get; set; }
    }

    public sealed class Handler(AppDbContext db, IFileStore files, IFileScanner scanner, TimeProvider clock)
    {
        /// <summary>Null when stored; otherwise the Vietnamese reason it was refused (nothing is kept then).</summary>
        public async Task<string?> HandleAsync(DossierViewer viewer, Dossier dossier, Command command, CancellationToken cancellationToken)
        {
            if (!viewer.CanEdit(dossier))
            {
                return "Hồ sơ đã gửi hoặc bạn không có quyền bổ sung tài liệu cho hồ sơ này.";
            }

            if (command.File is null || command.File.Length == 0)
            {
                return "Vui lòng chọn tệp cần tải lên (tệp không được rỗng).";
            }

            if (string.IsNullOrWhiteSpace(command.DocumentCode) || command.DocumentCode.Length > 60)
            {
                return "Vui lòng chọn loại tài liệu.";
            }

            if (command.NominationId is { } nominationId && dossier.Nominations.All(n => n.Id != nominationId))
            {
                return "Đề nghị được chọn không thuộc hồ sơ này.";
            }

            var used = await db.DossierDocuments.Where(d => d.DossierId == dossier.Id).SumAsync(d => d.Size, cancellationToken);
            var limit = Math.Min(MaxFileBytes, MaxDossierBytes - used);
            if (limit <= 0)
            {
                return "Hồ sơ đã đạt dung lượng tối đa 100 MB; không thể tải thêm tệp.";
            }

            StoredFile stored;
            try
            {
                await using var content = command.File.OpenReadStream();
                stored = await files.SaveAsync(dossier.TenantId, content, command.File.FileName, limit, cancellationToken);
            }
            catch (FileRejectedException rejected)
            {
                return limit < MaxFileBytes && rejected.Message.Contains("dung lượng", StringComparison.Ordinal)
                    ? "Tổng dung lượng tài liệu của hồ sơ sẽ vượt quá 100 MB."
                    : rejected.Message;
            }

            var status = DocumentScanStatus.Pending;
            await using (var check = await files.OpenReadAsync(dossier.TenantId, stored.StorageKey, stored.Sha256, cancellationToken))
            {
                status = await scanner.ScanAsync(check, cancellationToken) switch
                {
                    ScanStatus.Clean => DocumentScanStatus.Clean,
                    ScanStatus.Infected => DocumentScanStatus.Infected,
                    _ => DocumentScanStatus.Pending,
                };
            }

            db.DossierDocuments.Add(new DossierDocument(
                dossier.TenantId, Guid.CreateVersion7(), dossier.Id, command.NominationId, command.DocumentCode.Trim(), stored.DisplayName,
                stored.StorageKey, stored.Kind.ContentType(), stored.Size, stored.Sha256, status, viewer.UserId, clock.GetUtcNow()));
            await db.SaveChangesAsync(cancellationToken);
            return status == DocumentScanStatus.Infected ? "Tệp bị phát hiện có mã độc và đã bị chặn." : null;
        }
    }
}
