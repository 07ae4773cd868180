using ThiDuaKhenThuong.Domain.Tenancy;

namespace ThiDuaKhenThuong.Domain.Organisation;

/// <summary>A unit's membership of a cluster or block for a period of the group's year.</summary>
public sealed class EmulationGroupMember : ITenantOwned, Auditing.IAuditable
{
    private EmulationGroupMember()
    {
    }

    internal EmulationGroupMember(Guid tenantId, Guid groupId, Guid unitId, DateOnly validFrom)
    {
        TenantId = tenantId;
        GroupId = groupId;
        UnitId = unitId;
        ValidFrom = validFrom;
    }

    public Guid TenantId { get; private set; }

    public Guid GroupId { get; private set; }

    public Guid UnitId { get; private set; }

    public DateOnly ValidFrom { get; private set; }

    /// <summary>The first day the unit is no longer a member; null: until the end of the year.</summary>
    public DateOnly? ValidTo { get; private set; }

    internal void End(DateOnly on) => ValidTo = on;
}

/// <summary>A member's duty as leader (cụm/khối trưởng) or deputy (cụm/khối phó) for a period of the year.</summary>
public sealed class EmulationGroupLeader : ITenantOwned, Auditing.IAuditable
{
    private EmulationGroupLeader()
    {
    }

    internal EmulationGroupLeader(Guid tenantId, Guid groupId, GroupRole role, Guid unitId, DateOnly validFrom, DateOnly? validTo)
    {
        TenantId = tenantId;
        GroupId = groupId;
        Id = Guid.CreateVersion7();
        Role = role;
        UnitId = unitId;
        ValidFrom = validFrom;
        ValidTo = validTo;
    }

    public Guid TenantId { get; private set; }

    public Guid GroupId { get; private set; }

    public Guid Id { get; private set; }

    public GroupRole Role { get; private set; }

    public Guid UnitId { get; private set; }

    public DateOnly ValidFrom { get; private set; }

    /// <summary>Exclusive end; null: until the end of the year.</summary>
    public DateOnly? ValidTo { get; private set; }

    internal void End(DateOnly on) => ValidTo = on;
}

public enum EmulationGroupKind
{
    Cluster,
    Block,
}

public enum GroupRole
{
    Leader,
    Deputy,
}

public static class EmulationGroupKindLabels
{
    public static string Label(this EmulationGroupKind kind) => kind switch
    {
        EmulationGroupKind.Cluster => "Cụm thi đua",
        EmulationGroupKind.Block => "Khối thi đua",
    };
}
