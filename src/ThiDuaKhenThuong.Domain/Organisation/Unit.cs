using ThiDuaKhenThuong.Domain.Tenancy;

namespace ThiDuaKhenThuong.Domain.Organisation;

/// <summary>
/// An agency, locality or organisation of a province. Effective-dated: a unit is valid from a date and, once
/// abolished or merged, until a date; it is never deleted, because dossiers and decisions refer to it.
/// </summary>
public sealed class Unit : ITenantOwned, Auditing.IAuditable
{
    private Unit()
    {
        Code = string.Empty;
        Name = string.Empty;
    }

    public Unit(Guid tenantId, Guid id, string code, string name, UnitKind kind, Guid? parentId, DateOnly validFrom)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (parentId == id)
        {
            throw new ArgumentException("Một đơn vị không thể là đơn vị cấp trên của chính nó.", nameof(parentId));
        }

        TenantId = tenantId;
        Id = id;
        Code = code.Trim().ToUpperInvariant();
        Name = name.Trim();
        Kind = kind;
        ParentId = parentId;
        ValidFrom = validFrom;
    }

    public Guid TenantId { get; private set; }

    public Guid Id { get; private set; }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public UnitKind Kind { get; private set; }

    public Guid? ParentId { get; private set; }

    public DateOnly ValidFrom { get; private set; }

    public DateOnly? ValidTo { get; private set; }

    public bool IsActiveOn(DateOnly date) => ValidFrom <= date && (ValidTo is null || date < ValidTo);
}
