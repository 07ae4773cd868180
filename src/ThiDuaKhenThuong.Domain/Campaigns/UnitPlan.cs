using ThiDuaKhenThuong.Domain.Auditing;
using ThiDuaKhenThuong.Domain.Dossiers;
using ThiDuaKhenThuong.Domain.Tenancy;

namespace ThiDuaKhenThuong.Domain.Campaigns;

/// <summary>
/// One unit's annual plan answering a <see cref="PlanCollection"/>: the signed document and a short structured part
/// (the campaigns the unit will run, the titles it aims for). Its route (send, accept, return) is a workflow instance;
/// the plan keeps when it was first sent, which decides whether it was on time.
/// </summary>
public sealed class UnitPlan : ITenantOwned, IAuditable
{
    private UnitPlan()
    {
    }

    public UnitPlan(Guid tenantId, Guid id, Guid collectionId, Guid unitId, Guid createdBy, DateTimeOffset createdAt)
    {
        TenantId = tenantId;
        Id = id;
        CollectionId = collectionId;
        UnitId = unitId;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
        IsEditable = true;
    }

    public Guid TenantId { get; private set; }

    public Guid Id { get; private set; }

    public Guid CollectionId { get; private set; }

    public Guid UnitId { get; private set; }

    /// <summary>The campaigns the unit will launch or join, one per line.</summary>
    public string? Campaigns { get; private set; }

    /// <summary>The titles and forms the unit aims for, one per line.</summary>
    public string? TargetTitles { get; private set; }

    public string? DocumentName { get; private set; }

    public string? StorageKey { get; private set; }

    public string? ContentType { get; private set; }

    public long? DocumentSize { get; private set; }

    public string? Sha256 { get; private set; }

    public DocumentScanStatus? ScanStatus { get; private set; }

    public Guid? WorkflowInstanceId { get; private set; }

    public bool IsEditable { get; private set; }

    public DateTimeOffset? FirstSentAt { get; private set; }

    public DateTimeOffset? LastSentAt { get; private set; }

    public Guid CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public bool HasDocument => StorageKey is not null;

    public void Describe(string? campaigns, string? targetTitles)
    {
        EnsureEditable();
        Campaigns = string.IsNullOrWhiteSpace(campaigns) ? null : campaigns.Trim();
        TargetTitles = string.IsNullOrWhiteSpace(targetTitles) ? null : targetTitles.Trim();
    }

    public void AttachDocument(string displayName, string storageKey, string contentType, long size, string sha256, DocumentScanStatus scanStatus)
    {
        EnsureEditable();
        DocumentName = displayName;
        StorageKey = storageKey;
        ContentType = contentType;
        DocumentSize = size;
        Sha256 = sha256;
        ScanStatus = scanStatus;
    }

    public void AttachWorkflow(Guid instanceId) => WorkflowInstanceId ??= instanceId;

    /// <summary>What stops the leader from sending: no document.</summary>
    public IReadOnlyList<string> ProblemsBeforeSending()
        => HasDocument ? [] : ["Kế hoạch chưa có văn bản; hãy tải lên văn bản kế hoạch trước khi gửi."];

    public void MarkSent(DateTimeOffset at)
    {
        FirstSentAt ??= at;
        LastSentAt = at;
        IsEditable = false;
    }

    public void Unlock() => IsEditable = true;

    public void Lock() => IsEditable = false;

    private void EnsureEditable()
    {
        if (!IsEditable)
        {
            throw new CampaignRuleException("Kế hoạch đã gửi; chỉ sửa được khi Cơ quan Thường trực trả lại.");
        }
    }
}
