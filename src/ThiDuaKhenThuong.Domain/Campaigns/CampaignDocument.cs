using ThiDuaKhenThuong.Domain.Dossiers;
using ThiDuaKhenThuong.Domain.Tenancy;

namespace ThiDuaKhenThuong.Domain.Campaigns;

/// <summary>A document of a campaign (the launch plan, the review report…): a stored file, checked like dossier evidence.</summary>
public sealed class CampaignDocument : ITenantOwned
{
    private CampaignDocument()
    {
        Title = DisplayName = StorageKey = ContentType = Sha256 = string.Empty;
    }

    public CampaignDocument(
        Guid tenantId, Guid id, Guid campaignId, string title, string displayName, string storageKey, string contentType, long size,
        string sha256, DocumentScanStatus scanStatus, Guid uploadedBy, DateTimeOffset uploadedAt)
    {
        TenantId = tenantId;
        Id = id;
        CampaignId = campaignId;
        Title = title;
        DisplayName = displayName;
        StorageKey = storageKey;
        ContentType = contentType;
        Size = size;
        Sha256 = sha256;
        ScanStatus = scanStatus;
        UploadedBy = uploadedBy;
        UploadedAt = uploadedAt;
    }

    public Guid TenantId { get; private set; }

    public Guid Id { get; private set; }

    public Guid CampaignId { get; private set; }

    public string Title { get; private set; }

    public string DisplayName { get; private set; }

    public string StorageKey { get; private set; }

    public string ContentType { get; private set; }

    public long Size { get; private set; }

    public string Sha256 { get; private set; }

    public DocumentScanStatus ScanStatus { get; private set; }

    public Guid UploadedBy { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }

    public bool CanBeDownloaded => ScanStatus == DocumentScanStatus.Clean;
}
