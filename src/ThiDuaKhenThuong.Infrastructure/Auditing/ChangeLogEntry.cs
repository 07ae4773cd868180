using ThiDuaKhenThuong.Domain.Tenancy;

namespace ThiDuaKhenThuong.Infrastructure.Auditing;

/// <summary>One recorded change of an auditable entity: what changed, from what to what, by whom and when.</summary>
public sealed class ChangeLogEntry : ITenantOwned
{
    public Guid TenantId { get; set; }

    public Guid Id { get; set; }

    /// <summary>Database-assigned order of recording; several changes can share one clock tick.</summary>
    public long Sequence { get; set; }

    /// <summary>The entity's CLR name, e.g. <c>Unit</c>.</summary>
    public string EntityType { get; set; } = string.Empty;

    /// <summary>The entity's key without the tenant, e.g. the unit's id.</summary>
    public string EntityId { get; set; } = string.Empty;

    public ChangeAction Action { get; set; }

    /// <summary>JSON object: property name → [old value, new value].</summary>
    public string Changes { get; set; } = "{}";

    public Guid? ActorId { get; set; }

    public string ActorName { get; set; } = string.Empty;

    public DateTimeOffset OccurredAt { get; set; }
}

public enum ChangeAction
{
    Created,
    Updated,
    Deleted,
}
