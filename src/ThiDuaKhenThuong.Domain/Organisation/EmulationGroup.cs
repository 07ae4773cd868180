using ThiDuaKhenThuong.Domain.Tenancy;

namespace ThiDuaKhenThuong.Domain.Organisation;

/// <summary>An emulation cluster (Cụm: localities) or block (Khối: agencies) for one year.</summary>
public sealed class EmulationGroup : ITenantOwned, Auditing.IAuditable
{
    private readonly List<EmulationGroupMember> members = [];

    private EmulationGroup()
    {
        Code = string.Empty;
        Name = string.Empty;
    }

    public EmulationGroup(Guid tenantId, Guid id, int year, string code, string name, EmulationGroupKind kind)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        TenantId = tenantId;
        Id = id;
        Year = year;
        Code = code.Trim().ToUpperInvariant();
        Name = name.Trim();
        Kind = kind;
    }

    public Guid TenantId { get; private set; }

    public Guid Id { get; private set; }

    public int Year { get; private set; }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public EmulationGroupKind Kind { get; private set; }

    public IReadOnlyCollection<EmulationGroupMember> Members => members;

    public void AddMember(Guid unitId)
    {
        if (members.Any(m => m.UnitId == unitId))
        {
            return;
        }

        members.Add(new EmulationGroupMember(TenantId, Id, unitId));
    }
}

public sealed class EmulationGroupMember : ITenantOwned, Auditing.IAuditable
{
    private EmulationGroupMember()
    {
    }

    internal EmulationGroupMember(Guid tenantId, Guid groupId, Guid unitId)
    {
        TenantId = tenantId;
        GroupId = groupId;
        UnitId = unitId;
    }

    public Guid TenantId { get; private set; }

    public Guid GroupId { get; private set; }

    public Guid UnitId { get; private set; }
}

public enum EmulationGroupKind
{
    Cluster,
    Block,
}
