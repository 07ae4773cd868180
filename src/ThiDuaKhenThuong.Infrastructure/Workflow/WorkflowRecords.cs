using ThiDuaKhenThuong.Domain.Tenancy;
using ThiDuaKhenThuong.Domain.Workflow;

namespace ThiDuaKhenThuong.Infrastructure.Workflow;

/// <summary>
/// A tenant's copy of a workflow definition, stored as JSON. Immutable once <see cref="FirstUsedAt"/> is set (an
/// instance started on it): a change is a new version. A database trigger refuses edits of a used row.
/// </summary>
public sealed class WorkflowDefinitionRecord : ITenantOwned
{
    private WorkflowDefinitionRecord()
    {
        Code = SubjectKind = Name = Definition = string.Empty;
    }

    public WorkflowDefinitionRecord(Guid tenantId, Guid id, WorkflowDefinition definition, DateTimeOffset createdAt)
    {
        ArgumentNullException.ThrowIfNull(definition);
        TenantId = tenantId;
        Id = id;
        Code = definition.Code;
        Version = definition.Version;
        SubjectKind = definition.SubjectKind;
        Name = definition.Name;
        Definition = WorkflowDefinitionJson.Serialize(definition);
        CreatedAt = createdAt;
    }

    public Guid TenantId { get; private set; }

    public Guid Id { get; private set; }

    public string Code { get; private set; }

    public int Version { get; private set; }

    public string SubjectKind { get; private set; }

    public string Name { get; private set; }

    /// <summary>The definition as JSON (jsonb).</summary>
    public string Definition { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When the first instance started on this version; from then on the row never changes.</summary>
    public DateTimeOffset? FirstUsedAt { get; private set; }

    public bool IsUsed => FirstUsedAt is not null;

    public WorkflowDefinition Read() => WorkflowDefinitionJson.Deserialize(Definition);

    internal void MarkUsed(DateTimeOffset now) => FirstUsedAt ??= now;

    internal void Replace(WorkflowDefinition definition)
    {
        if (IsUsed)
        {
            throw new InvalidOperationException("A used definition is immutable.");
        }

        Name = definition.Name;
        SubjectKind = definition.SubjectKind;
        Definition = WorkflowDefinitionJson.Serialize(definition);
    }
}

/// <summary>One sealed row of the tenant's append-only history chain (the app role may insert and read, nothing else).</summary>
public sealed class WorkflowHistoryRecord : ITenantOwned
{
    private WorkflowHistoryRecord()
    {
        FromState = ToState = Action = ActorRole = PreviousHash = Hash = string.Empty;
    }

    public Guid TenantId { get; private set; }

    public long Sequence { get; private set; }

    public Guid InstanceId { get; private set; }

    public Guid SubjectId { get; private set; }

    public string FromState { get; private set; }

    public string ToState { get; private set; }

    public string Action { get; private set; }

    public Guid ActorId { get; private set; }

    public string ActorRole { get; private set; }

    public Guid? ActorUnitId { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public string? Comment { get; private set; }

    public string? ClientIp { get; private set; }

    public List<string> EvidenceHashes { get; private set; } = [];

    public string PreviousHash { get; private set; }

    public string Hash { get; private set; }

    public static WorkflowHistoryRecord From(HistoryEntry sealedEntry, Guid instanceId)
    {
        ArgumentNullException.ThrowIfNull(sealedEntry);
        return new WorkflowHistoryRecord
        {
            TenantId = sealedEntry.TenantId,
            Sequence = sealedEntry.Sequence,
            InstanceId = instanceId,
            SubjectId = sealedEntry.SubjectId,
            FromState = sealedEntry.FromState,
            ToState = sealedEntry.ToState,
            Action = sealedEntry.Action,
            ActorId = sealedEntry.ActorId,
            ActorRole = sealedEntry.ActorRole,
            ActorUnitId = sealedEntry.ActorUnitId,
            OccurredAt = sealedEntry.OccurredAt,
            Comment = sealedEntry.Comment,
            ClientIp = sealedEntry.ClientIp,
            EvidenceHashes = [.. sealedEntry.EvidenceHashes],
            PreviousHash = sealedEntry.PreviousHash,
            Hash = sealedEntry.Hash,
        };
    }

    public HistoryEntry ToEntry() => new()
    {
        TenantId = TenantId,
        SubjectId = SubjectId,
        Sequence = Sequence,
        FromState = FromState,
        ToState = ToState,
        Action = Action,
        ActorId = ActorId,
        ActorRole = ActorRole,
        ActorUnitId = ActorUnitId,
        OccurredAt = OccurredAt,
        Comment = Comment,
        ClientIp = ClientIp,
        EvidenceHashes = EvidenceHashes,
        PreviousHash = PreviousHash,
        Hash = Hash,
    };
}

/// <summary>
/// The tenant's chain head: locked (<c>FOR UPDATE</c>) by every transition so rows are sealed one after another, and a
/// checkpoint of the last sequence and hash, so a deleted last row is detected too.
/// </summary>
public sealed class WorkflowChainHead : ITenantOwned
{
    private WorkflowChainHead()
    {
        LastHash = HistoryChain.GenesisHash;
    }

    public Guid TenantId { get; private set; }

    public long LastSequence { get; private set; }

    public string LastHash { get; private set; }
}

/// <summary>A one-time form token, consumed by the transition it carried: a resent form finds it used.</summary>
public sealed class FormToken : ITenantOwned
{
    private FormToken()
    {
        Token = string.Empty;
    }

    public Guid TenantId { get; private set; }

    public string Token { get; private set; }

    public Guid? UserId { get; private set; }

    public DateTimeOffset UsedAt { get; private set; }

    /// <summary>A fresh token for a form's hidden field.</summary>
    public static string NewToken() => Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
}

/// <summary>A tenant's calendar exception: a holiday or a compensatory working day.</summary>
public sealed class CalendarDayRecord : ITenantOwned
{
    private CalendarDayRecord()
    {
        Name = string.Empty;
    }

    public CalendarDayRecord(Guid tenantId, DateOnly date, CalendarDayKind kind, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        TenantId = tenantId;
        Date = date;
        Kind = kind;
        Name = name.Trim();
    }

    public Guid TenantId { get; private set; }

    public DateOnly Date { get; private set; }

    public CalendarDayKind Kind { get; private set; }

    public string Name { get; private set; }

    public CalendarDay ToDay() => new(Date, Kind, Name);
}
