using ThiDuaKhenThuong.Domain.Auditing;
using ThiDuaKhenThuong.Domain.Catalog;
using ThiDuaKhenThuong.Domain.Tenancy;

namespace ThiDuaKhenThuong.Infrastructure.Catalog;

// The catalog is stored as plain records and rebuilt into the domain's AwardType and RuleSet by CatalogMapping:
// the domain classes guard their invariants with private constructors that EF should not reach around.

/// <summary>The columns an award type row has, national or provincial.</summary>
public abstract class AwardTypeRecord
{
    public Guid Id { get; set; }

    public string Code { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string ShortName { get; set; } = string.Empty;

    public bool IsTitle { get; set; }

    public RecipientKinds RecipientKinds { get; set; }

    public AwardLevel Level { get; set; }

    public GrantingAuthority GrantingAuthority { get; set; }

    public AwardKinds AllowedKinds { get; set; }

    /// <summary><see cref="AwardTypeSettings"/> as JSON (documents, vote and threshold, processing limits).</summary>
    public string Settings { get; set; } = "{}";

    public DateOnly ValidFrom { get; set; }

    public DateOnly? ValidTo { get; set; }
}

/// <summary>The columns a rule set row has, national or provincial; <see cref="Rules"/> is the list of AwardRule as JSON.</summary>
public abstract class RuleSetRecord
{
    public Guid Id { get; set; }

    public string Code { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public DateOnly ValidFrom { get; set; }

    public DateOnly? ValidTo { get; set; }

    public string Rules { get; set; } = "[]";
}

/// <summary>A national catalog entry: the same for every province, read-only to the app role.</summary>
public sealed class NationalAwardType : AwardTypeRecord;

/// <summary>A national rule set (QG-2024, QG-2025-07): read-only to the app role.</summary>
public sealed class NationalRuleSet : RuleSetRecord;

/// <summary>A province's own copy of a catalog entry, with adjusted settings.</summary>
public sealed class TenantAwardType : AwardTypeRecord, ITenantOwned, IAuditable
{
    public Guid TenantId { get; set; }

    public Guid? ParentAwardTypeId { get; set; }
}

/// <summary>A province's rule set derived from a national one, with adjusted parameters.</summary>
public sealed class TenantRuleSet : RuleSetRecord, ITenantOwned, IAuditable
{
    public Guid TenantId { get; set; }

    public string? ParentRuleSetCode { get; set; }
}
