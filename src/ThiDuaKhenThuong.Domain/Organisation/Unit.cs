using ThiDuaKhenThuong.Domain.Tenancy;

namespace ThiDuaKhenThuong.Domain.Organisation;

/// <summary>
/// An agency, locality or organisation of a province. Effective-dated: a unit is valid from a date and, once
/// abolished or merged, until a date (exclusive); it is never deleted, because dossiers and decisions refer to it.
/// Its names and parents over time are kept as <see cref="UnitName"/> and <see cref="UnitParent"/> rows; a change is an
/// operation with an effective date and a decision (see <see cref="Restructuring"/>), never an edit in place.
/// </summary>
public sealed partial class Unit : ITenantOwned, Auditing.IAuditable
{
    public const int MaxCodeLength = 50;
    public const int MaxNameLength = 300;

    private readonly List<UnitName> names = [];
    private readonly List<UnitParent> parents = [];

    private Unit()
    {
        Code = string.Empty;
        Name = string.Empty;
    }

    public Unit(Guid tenantId, Guid id, string code, string name, UnitKind kind, Guid? parentId, DateOnly validFrom, DecisionReference? decision = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (parentId == id)
        {
            throw new ArgumentException("Một đơn vị không thể là đơn vị cấp trên của chính nó.", nameof(parentId));
        }

        TenantId = tenantId;
        Id = id;
        Code = NormaliseCode(code);
        Name = name.Trim();
        Kind = kind;
        ParentId = parentId;
        ValidFrom = validFrom;
        names.Add(new UnitName(tenantId, id, validFrom, Name, decision));
        parents.Add(new UnitParent(tenantId, id, validFrom, parentId, decision));
    }

    public Guid TenantId { get; private set; }

    public Guid Id { get; private set; }

    public string Code { get; private set; }

    /// <summary>The latest name; <see cref="NameOn"/> gives the name on a date.</summary>
    public string Name { get; private set; }

    public UnitKind Kind { get; private set; }

    /// <summary>The latest parent; <see cref="Parents"/> holds the parent over time.</summary>
    public Guid? ParentId { get; private set; }

    public DateOnly ValidFrom { get; private set; }

    /// <summary>The first day the unit no longer exists (exclusive); null while it is active.</summary>
    public DateOnly? ValidTo { get; private set; }

    public IReadOnlyCollection<UnitName> Names => names;

    public IReadOnlyCollection<UnitParent> Parents => parents;

    public bool IsClosed => ValidTo is not null;

    public static string NormaliseCode(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return code.Trim().ToUpperInvariant();
    }

    public bool IsActiveOn(DateOnly date) => ValidFrom <= date && (ValidTo is null || date < ValidTo);

    public string NameOn(DateOnly date) => names.FirstOrDefault(n => n.Covers(date))?.Name ?? Name;

    private DateOnly LatestChange()
    {
        if (names.Count == 0 || parents.Count == 0)
        {
            throw new InvalidOperationException("The unit's name and parent history must be loaded before it is changed.");
        }

        return new[] { ValidFrom, names.Max(n => n.ValidFrom), parents.Max(p => p.ValidFrom) }.Max();
    }

    private UnitName CurrentName() => names.Single(n => n.ValidTo is null);

    private UnitParent CurrentParent() => parents.Single(p => p.ValidTo is null);
}
