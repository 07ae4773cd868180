using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Dossiers;
using ThiDuaKhenThuong.Infrastructure.Files;
using ThiDuaKhenThuong.Infrastructure.Persistence;

namespace ThiDuaKhenThuong.Web.Features.Decisions;

/// <summary>The scanned signed copy of a recorded decision: a PDF (checked by content) of at most 20 MB, kept in the file store.</summary>
public static class AttachScan
{
    public const long MaxBytes = 20L * 1024 * 1024;

    public sealed class Handler(AppDbContext db, IFileStore files, IFileScanner scanner)
    {
        /// <summary>Null when attached; "" when the decision is not the province's; otherwise the reason it was refused.</summary>
        public async Task<string?> HandleAsync(Guid id, IFormFile? file, CancellationToken cancellationToken)
        {
            var decision = await db.AwardDecisions.FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
            if (decision is null)
            {
                return string.Empty;
            }

            if (!decision.IsRecorded)
            {
                return "Chỉ đính kèm bản chụp sau khi văn bản đã được ký.";
            }

            if (file is null || file.Length == 0)
            {
                return "Vui lòng chọn tệp PDF bản chụp văn bản đã ký (tệp không được rỗng).";
            }

            // Checked before anything is stored, so a refused file leaves nothing behind.
            if (!await StartsAsPdfAsync(file, cancellationToken))
            {
                return "Bản chụp văn bản đã ký phải là tệp PDF.";
            }

            StoredFile stored;
            try
            {
                await using var content = file.OpenReadStream();
                stored = await files.SaveAsync(decision.TenantId, content, file.FileName, MaxBytes, cancellationToken);
            }
            catch (FileRejectedException rejected)
            {
                return rejected.Message;
            }

            if (stored.Kind != FileKind.Pdf)
            {
                return "Bản chụp văn bản đã ký phải là tệp PDF.";
            }

            await using (var check = await files.OpenReadAsync(decision.TenantId, stored.StorageKey, stored.Sha256, cancellationToken))
            {
                if (await scanner.ScanAsync(check, cancellationToken) != ScanStatus.Clean)
                {
                    return "Tệp chưa qua được kiểm tra mã độc; không đính kèm.";
                }
            }

            try
            {
                decision.AttachScan(stored.StorageKey, stored.Sha256, stored.DisplayName);
                await db.SaveChangesAsync(cancellationToken);
                return null;
            }
            catch (DossierRuleException rule)
            {
                return rule.Message;
            }
        }

        private static async Task<bool> StartsAsPdfAsync(IFormFile file, CancellationToken cancellationToken)
        {
            var head = new byte[5];
            await using var stream = file.OpenReadStream();
            var read = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
            return read == head.Length && head.AsSpan().SequenceEqual("%PDF-"u8);
        }
    }
}
