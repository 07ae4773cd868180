using ThiDuaKhenThuong.Domain.Auditing;
using ThiDuaKhenThuong.Domain.Tenancy;

namespace ThiDuaKhenThuong.Domain.Dossiers;

public enum DocumentScanStatus
{
    Pending,
    Clean,
    Infected,
}

/// <summary>
/// An evidence file of a dossier. Immutable once stored: a corrected file is a new row; the original name is kept
/// only here (the stored file has a generated name) and the SHA-256 recorded at upload is checked on every download.
/// </summary>
public sealed class DossierDocument : ITenantOwned, IAuditable
{
    private DossierDocument()
    {
        DocumentCode = string.Empty;
        DisplayName = string.Empty;
        StorageKey = string.Empty;
        ContentType = string.Empty;
        Sha256 = string.Empty;
    }

    public DossierDocument(
        Guid tenantId, Guid id, Guid dossierId, Guid? nominationId, string documentCode, string displayName,
        string storageKey, string contentType, long size, string sha256, DocumentScanStatus scanStatus, Guid uploadedBy, DateTimeOffset uploadedAt)
    {
        TenantId = tenantId;
        Id = id;
        DossierId = dossierId;
        NominationId = nominationId;
        DocumentCode = documentCode;
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

    public Guid DossierId { get; private set; }

    public Guid? NominationId { get; private set; }

    public string DocumentCode { get; private set; }

    public string DisplayName { get; private set; }

    public string StorageKey { get; private set; }

    public string ContentType { get; private set; }

    public long Size { get; private set; }

    public string Sha256 { get; private set; }

    public DocumentScanStatus ScanStatus { get; private set; }

    public Guid UploadedBy { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }

    /// <summary>Only a clean file is served: the scanning hook fails closed.</summary>
    public bool CanBeDownloaded => ScanStatus == DocumentScanStatus.Clean;
}
