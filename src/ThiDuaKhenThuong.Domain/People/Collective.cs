using ThiDuaKhenThuong.Domain.Auditing;
using ThiDuaKhenThuong.Domain.Tenancy;

namespace ThiDuaKhenThuong.Domain.People;

/// <summary>A collective, household or enterprise that can be nominated, attached to a unit of the province.</summary>
public sealed class Collective : ITenantOwned, IAuditable
{
    private Collective()
    {
        Name = string.Empty;
    }

    public Collective(Guid tenantId, Guid id, string name, Guid unitId, CollectiveKind kind)
    {
        TenantId = tenantId;
        Id = id;
        Name = string.Empty;
        Update(name, unitId, kind);
    }

    public Guid TenantId { get; private set; }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public Guid UnitId { get; private set; }

    public CollectiveKind Kind { get; private set; }

    public void Update(string name, Guid unitId, CollectiveKind kind)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
        UnitId = unitId;
        Kind = kind;
    }
}
