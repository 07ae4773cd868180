using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Dossiers;
using ThiDuaKhenThuong.Domain.Organisation;
using ThiDuaKhenThuong.Domain.Organisation.Scoring;
using ThiDuaKhenThuong.Infrastructure.Files;
using ThiDuaKhenThuong.Infrastructure.Persistence;

namespace ThiDuaKhenThuong.Web.Features.Clusters;

/// <summary>
/// The commitment signed at the launch meeting (leader unit) and a member's evidence for a criterion: stored through the
/// same file store as dossier documents (kinds checked by content, 20 MB, generated names, SHA-256, scanning hook).
/// </summary>
public static class UploadGroupFile
{
    public const long MaxFileBytes = 20L * 1024 * 1024;

    public sealed class CommitmentCommand
    {
        public DateOnly? SignedOn { get; set; }

        public IFormFile? File { get; set; }
    }

    public sealed class EvidenceCommand
    {
        public Guid CriterionId { get; set; }

        public IFormFile? File { get; set; }
    }

    public sealed class Handler(AppDbContext db, ClusterContexts.Handler contexts, IFileStore files, IFileScanner scanner, TimeProvider clock)
    {
        public async Task<string?> CommitmentAsync(ClusterContext context, CommitmentCommand command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(context);
            ArgumentNullException.ThrowIfNull(command);
            if (!context.IsManager)
            {
                return "Chỉ đơn vị trưởng cụm, khối được tải lên bản giao ước thi đua.";
            }

            if (command.SignedOn is not { } signedOn)
            {
                return "Vui lòng nhập ngày ký giao ước.";
            }

            if (signedOn.Year != context.Group.Year)
            {
                return $"Ngày ký giao ước phải nằm trong năm {context.Group.Year}.";
            }

            var (file, error) = await StoreAsync(context, context.ViewerUnitId!.Value, null, GroupFilePurpose.Commitment, command.File, cancellationToken);
            if (file is null)
            {
                return error;
            }

            contexts.Track(context);
            try
            {
                context.Year.RecordCommitment(file.Id, signedOn, context.Group.Year);
            }
            catch (OrganisationRuleException rule)
            {
                return rule.Message;
            }

            db.GroupFiles.Add(file);
            await db.SaveChangesAsync(cancellationToken);
            return error;
        }

        public async Task<string?> EvidenceAsync(ClusterContext context, EvidenceCommand command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(context);
            ArgumentNullException.ThrowIfNull(command);
            if (!context.IsMember)
            {
                return "Chỉ đơn vị thành viên tải lên minh chứng tự đánh giá của mình.";
            }

            if (context.Year.IsPublished)
            {
                return "Kết quả chấm điểm đã công bố; không thể bổ sung minh chứng.";
            }

            if (!await db.ScoringCriteria.AnyAsync(c => c.Id == command.CriterionId && c.GroupId == context.Group.Id, cancellationToken))
            {
                return "Vui lòng chọn tiêu chí của bảng điểm.";
            }

            var (file, error) = await StoreAsync(context, context.ViewerUnitId!.Value, command.CriterionId, GroupFilePurpose.Evidence, command.File, cancellationToken);
            if (file is not null)
            {
                db.GroupFiles.Add(file);
                await db.SaveChangesAsync(cancellationToken);
            }

            return error;
        }

        private async Task<(GroupFile? File, string? Error)> StoreAsync(
            ClusterContext context, Guid unitId, Guid? criterionId, GroupFilePurpose purpose, IFormFile? upload, CancellationToken cancellationToken)
        {
            if (upload is null || upload.Length == 0)
            {
                return (null, "Vui lòng chọn tệp cần tải lên (tệp không được rỗng).");
            }

            StoredFile stored;
            try
            {
                await using var content = upload.OpenReadStream();
                stored = await files.SaveAsync(context.Group.TenantId, content, upload.FileName, MaxFileBytes, cancellationToken);
            }
            catch (FileRejectedException rejected)
            {
                return (null, rejected.Message);
            }

            ScanStatus scan;
            await using (var check = await files.OpenReadAsync(context.Group.TenantId, stored.StorageKey, stored.Sha256, cancellationToken))
            {
                scan = await scanner.ScanAsync(check, cancellationToken);
            }

            var status = scan switch
            {
                ScanStatus.Clean => DocumentScanStatus.Clean,
                ScanStatus.Infected => DocumentScanStatus.Infected,
                _ => DocumentScanStatus.Pending,
            };
            var file = new GroupFile(context.Group.TenantId, context.Group.Id, unitId, criterionId, purpose, stored.DisplayName,
                stored.StorageKey, stored.Kind.ContentType(), stored.Size, stored.Sha256, status, context.Viewer.UserId, clock.GetUtcNow());
            return (file, status == DocumentScanStatus.Infected ? "Tệp bị phát hiện có mã độc và đã bị chặn." : null);
        }
    }
}

/// <summary>Downloading a file of a cluster's year.</summary>
public static class DownloadGroupFile
{
    /// <summary>A file the viewer may download: the commitment for everyone who sees the cluster; evidence for its unit, its scorers, the leader unit and the Standing Agency.</summary>
    public sealed class Handler(AppDbContext db, IFileStore files)
    {
        public async Task<(Stream Content, GroupFile File)?> OpenAsync(ClusterContext context, Guid fileId, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(context);
            var file = await db.GroupFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == fileId && f.GroupId == context.Group.Id, cancellationToken);
            if (file is null || file.ScanStatus != DocumentScanStatus.Clean)
            {
                return null;
            }

            var allowed = file.Purpose == GroupFilePurpose.Commitment
                || context.IsAgency || context.IsManager
                || context.ViewerUnitId == file.UnitId
                || (context.ViewerUnitId is { } unit && context.ExpectedScorers(file.UnitId).Contains(unit));
            if (!allowed)
            {
                return null;
            }

            return (await files.OpenReadAsync(file.TenantId, file.StorageKey, file.Sha256, cancellationToken), file);
        }
    }
}
