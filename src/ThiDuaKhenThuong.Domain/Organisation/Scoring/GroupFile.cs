using ThiDuaKhenThuong.Domain.Auditing;
using ThiDuaKhenThuong.Domain.Dossiers;
using ThiDuaKhenThuong.Domain.Tenancy;

namespace ThiDuaKhenThuong.Domain.Organisation.Scoring;

public enum GroupFilePurpose
{
    /// <summary>The signed commitment (giao ước thi đua) of the launch meeting.</summary>
    Commitment,

    /// <summary>A member's evidence for one criterion of its self-assessment.</summary>
    Evidence,
}

/// <summary>A file of a cluster's year, stored like a dossier's documents (generated name, SHA-256, scan status).</summary>
public sealed class GroupFile : ITenantOwned, IAuditable
{
    private GroupFile()
    {
        DisplayName = string.Empty;
        StorageKey = string.Empty;
        ContentType = string.Empty;
        Sha256 = string.Empty;
    }

    public GroupFile(
        Guid tenantId, Guid groupId, Guid unitId, Guid? criterionId, GroupFilePurpose purpose, string displayName,
        string storageKey, string contentType, long size, string sha256, DocumentScanStatus scanStatus, Guid uploadedBy, DateTimeOffset uploadedAt)
    {
        TenantId = tenantId;
        Id = Guid.CreateVersion7();
        GroupId = groupId;
        UnitId = unitId;
        CriterionId = criterionId;
        Purpose = purpose;
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

    public Guid GroupId { get; private set; }

    /// <summary>The member the evidence belongs to; for the commitment, the leader unit that uploaded it.</summary>
    public Guid UnitId { get; private set; }

    public Guid? CriterionId { get; private set; }

    public GroupFilePurpose Purpose { get; private set; }

    public string DisplayName { get; private set; }

    public string StorageKey { get; private set; }

    public string ContentType { get; private set; }

    public long Size { get; private set; }

    public string Sha256 { get; private set; }

    public DocumentScanStatus ScanStatus { get; private set; }

    public Guid UploadedBy { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }
}
