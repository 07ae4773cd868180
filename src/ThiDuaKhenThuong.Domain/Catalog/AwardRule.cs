using System.Text.Json.Serialization;

namespace ThiDuaKhenThuong.Domain.Catalog;

/// <summary>
/// A rule attached to one award in a rule set. <see cref="AppliesTo"/> limits it to some kinds of award: the
/// "two years of excellent performance" for a provincial certificate concerns the annual award, not an ad-hoc one.
/// </summary>
public sealed record AwardRule
{
    [JsonConstructor]
    public AwardRule(string awardCode, RuleDefinition rule, AwardKinds appliesTo = AwardKinds.All)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(awardCode);
        ArgumentNullException.ThrowIfNull(rule);
        AwardCode = awardCode.Trim();
        Rule = rule;
        AppliesTo = appliesTo == AwardKinds.None ? AwardKinds.All : appliesTo;
    }

    public AwardRule(string awardCode, RuleParameters parameters, AwardKinds appliesTo = AwardKinds.All)
        : this(awardCode, RuleDefinition.Of(parameters), appliesTo)
    {
    }

    public string AwardCode { get; }

    public RuleDefinition Rule { get; }

    public AwardKinds AppliesTo { get; }

    public bool AppliesToKind(AwardKinds kind) => (AppliesTo & kind) != 0;
}
