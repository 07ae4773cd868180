using System.Text.Json.Serialization;

namespace ThiDuaKhenThuong.Domain.Catalog;

/// <summary>
/// The eligibility rules in force for a period, per award code. National sets (no tenant) are read-only; a province
/// adjusts a copy made by <see cref="DeriveForTenant"/>, which stays linked to its parent by
/// <see cref="ParentRuleSetCode"/>. A dossier is judged under the set in force on the day its complete dossier was
/// received (<see cref="RuleSetSelector"/>).
/// </summary>
public sealed class RuleSet
{
    private readonly List<AwardRule> rules = [];

    private RuleSet()
    {
        Code = string.Empty;
        Name = string.Empty;
    }

    /// <summary>A national rule set, read-only from birth.</summary>
    public RuleSet(Guid id, string code, string name, DateOnly validFrom, DateOnly? validTo, IEnumerable<AwardRule> rules)
        : this(id, null, code, name, validFrom, validTo, isReadOnly: true, parentRuleSetCode: null, [.. rules ?? throw new ArgumentNullException(nameof(rules))])
    {
    }

    [JsonConstructor]
    private RuleSet(
        Guid id,
        Guid? tenantId,
        string code,
        string name,
        DateOnly validFrom,
        DateOnly? validTo,
        bool isReadOnly,
        string? parentRuleSetCode,
        IReadOnlyList<AwardRule> rules)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(rules);
        EffectiveDating.EnsureRange(validFrom, validTo);
        Id = id;
        TenantId = tenantId;
        Code = code.Trim();
        Name = name.Trim();
        ValidFrom = validFrom;
        ValidTo = validTo;
        IsReadOnly = isReadOnly;
        ParentRuleSetCode = parentRuleSetCode;
        this.rules = [.. rules];
    }

    public Guid Id { get; private set; }

    /// <summary>Null for a national set; the province for a derived one.</summary>
    public Guid? TenantId { get; private set; }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public DateOnly ValidFrom { get; private set; }

    /// <summary>First day no longer in force (exclusive); null while in force indefinitely.</summary>
    public DateOnly? ValidTo { get; private set; }

    public bool IsReadOnly { get; private set; }

    public string? ParentRuleSetCode { get; private set; }

    [JsonIgnore]
    public bool IsTenantDerived => TenantId is not null;

    public IReadOnlyList<AwardRule> Rules => rules.AsReadOnly();

    public bool IsInForceOn(DateOnly date) => EffectiveDating.Covers(ValidFrom, ValidTo, date);

    /// <summary>The rules of one award, in their stored order.</summary>
    public IReadOnlyList<AwardRule> RulesFor(string awardCode) =>
        rules.Where(r => string.Equals(r.AwardCode, awardCode, StringComparison.Ordinal)).ToList().AsReadOnly();

    /// <summary>
    /// A province's editable copy of this set. Its period defaults to the parent's and may only narrow it, so the copy
    /// cannot outlive the national rules it was made from.
    /// </summary>
    public RuleSet DeriveForTenant(Guid tenantId, Guid newId, string code, string name, DateOnly? validFrom = null, DateOnly? validTo = null)
    {
        var (from, to) = EffectiveDating.Narrow(ValidFrom, ValidTo, validFrom, validTo);
        return new RuleSet(newId, tenantId, code, name, from, to, isReadOnly: false, parentRuleSetCode: Code, [.. rules]);
    }

    /// <summary>Replaces one rule of an award (found by value) with an adjusted one, e.g. the 15 % cap by 20 %.</summary>
    public void ReplaceRule(string awardCode, RuleDefinition existing, RuleDefinition replacement)
    {
        ArgumentNullException.ThrowIfNull(replacement);
        EnsureWritable();
        var index = IndexOf(awardCode, existing);
        rules[index] = new AwardRule(rules[index].AwardCode, replacement, rules[index].AppliesTo);
    }

    public void AddRule(AwardRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        EnsureWritable();
        rules.Add(rule);
    }

    public void RemoveRule(string awardCode, RuleDefinition existing)
    {
        EnsureWritable();
        rules.RemoveAt(IndexOf(awardCode, existing));
    }

    /// <summary>Ends the set's period, e.g. when a new decree takes effect.</summary>
    public void EndOn(DateOnly validTo)
    {
        EnsureWritable();
        EffectiveDating.EnsureRange(ValidFrom, validTo);
        ValidTo = validTo;
    }

    private int IndexOf(string awardCode, RuleDefinition existing)
    {
        ArgumentNullException.ThrowIfNull(existing);
        var index = rules.FindIndex(r => string.Equals(r.AwardCode, awardCode, StringComparison.Ordinal) && r.Rule == existing);
        return index >= 0
            ? index
            : throw new ArgumentException($"Không tìm thấy quy tắc {existing.Kind} của {awardCode} trong bộ quy tắc {Code}.", nameof(existing));
    }

    private void EnsureWritable()
    {
        if (IsReadOnly)
        {
            throw new ReadOnlyCatalogException($"Bộ quy tắc quốc gia {Code} chỉ đọc; hãy tạo bản của tỉnh để điều chỉnh.");
        }
    }
}
