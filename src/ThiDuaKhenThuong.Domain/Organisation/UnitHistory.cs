using System.Globalization;
using ThiDuaKhenThuong.Domain.Tenancy;

namespace ThiDuaKhenThuong.Domain.Organisation;

/// <summary>
/// The name a unit bore over a period (from <see cref="ValidFrom"/>, until the exclusive <see cref="ValidTo"/>), so that
/// a decision or an "as of" list shows the name as it was on its date.
/// </summary>
public sealed class UnitName : ITenantOwned, Auditing.IAuditable
{
    private UnitName()
    {
        Name = string.Empty;
    }

    internal UnitName(Guid tenantId, Guid unitId, DateOnly validFrom, string name, DecisionReference? decision)
    {
        TenantId = tenantId;
        UnitId = unitId;
        ValidFrom = validFrom;
        Name = name;
        DecisionNumber = decision?.Number;
        DecisionDate = decision?.Date;
    }

    public Guid TenantId { get; private set; }

    public Guid UnitId { get; private set; }

    public DateOnly ValidFrom { get; private set; }

    public DateOnly? ValidTo { get; private set; }

    public string Name { get; private set; }

    public string? DecisionNumber { get; private set; }

    public DateOnly? DecisionDate { get; private set; }

    public bool Covers(DateOnly date) => ValidFrom <= date && (ValidTo is null || date < ValidTo);

    internal void End(DateOnly on) => ValidTo = on;
}

/// <summary>The unit a unit belonged to over a period: the "as of" tree is built from these rows.</summary>
public sealed class UnitParent : ITenantOwned, Auditing.IAuditable
{
    private UnitParent()
    {
    }

    internal UnitParent(Guid tenantId, Guid unitId, DateOnly validFrom, Guid? parentId, DecisionReference? decision)
    {
        TenantId = tenantId;
        UnitId = unitId;
        ValidFrom = validFrom;
        ParentId = parentId;
        DecisionNumber = decision?.Number;
        DecisionDate = decision?.Date;
    }

    public Guid TenantId { get; private set; }

    public Guid UnitId { get; private set; }

    public DateOnly ValidFrom { get; private set; }

    public DateOnly? ValidTo { get; private set; }

    public Guid? ParentId { get; private set; }

    public string? DecisionNumber { get; private set; }

    public DateOnly? DecisionDate { get; private set; }

    public bool Covers(DateOnly date) => ValidFrom <= date && (ValidTo is null || date < ValidTo);

    internal void End(DateOnly on) => ValidTo = on;
}

internal static class Dates
{
    public static string Show(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
