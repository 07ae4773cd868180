using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Campaigns;
using ThiDuaKhenThuong.Infrastructure.Files;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Web.Features.Shared;

namespace ThiDuaKhenThuong.Web.Features.Campaigns;

/// <summary>Adds a document (plan, launch decision, review report) to a campaign, checked like dossier evidence.</summary>
public static class UploadCampaignDocument
{
    public const string NotFound = "\u0000";

    public sealed class Handler(AppDbContext db, IFileStore files, IFileScanner scanner, TimeProvider clock)
    {
        /// <summary>Null when stored; <see cref="NotFound"/> for an unknown campaign; otherwise the reason it was refused.</summary>
        public async Task<string?> HandleAsync(Guid campaignId, Guid userId, string? title, IFormFile? file, CancellationToken cancellationToken)
        {
            var campaign = await db.Campaigns.AsNoTracking().FirstOrDefaultAsync(c => c.Id == campaignId, cancellationToken);
            if (campaign is null)
            {
                return NotFound;
            }

            if (string.IsNullOrWhiteSpace(title) || title.Trim().Length > 300)
            {
                return "Vui lòng nhập tên văn bản (tối đa 300 ký tự).";
            }

            var result = await StoredUpload.SaveAsync(files, scanner, campaign.TenantId, file, cancellationToken);
            if (result.File is not { } stored)
            {
                return result.Refusal;
            }

            db.CampaignDocuments.Add(new CampaignDocument(
                campaign.TenantId, Guid.CreateVersion7(), campaign.Id, title.Trim(), stored.DisplayName, stored.StorageKey, stored.Kind.ContentType(),
                stored.Size, stored.Sha256, result.Status, userId, clock.GetUtcNow()));
            await db.SaveChangesAsync(cancellationToken);
            return result.Refusal;
        }
    }
}
