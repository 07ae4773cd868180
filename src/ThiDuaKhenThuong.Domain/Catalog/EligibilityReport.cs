namespace ThiDuaKhenThuong.Domain.Catalog;

public enum EligibilityStatus
{
    Pass,
    Fail,

    /// <summary>Data is missing: the officer must look, the portal must not say no.</summary>
    Unknown,
}

/// <summary>The result of one rule, with the reason shown to the officer (Vietnamese).</summary>
public sealed record RuleOutcome(RuleDefinition Rule, EligibilityStatus Status, string Reason);

/// <summary>The result of all rules of one award for one nominee and year.</summary>
public sealed record EligibilityReport
{
    public EligibilityReport(string awardCode, int year, string ruleSetCode, IEnumerable<RuleOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        AwardCode = awardCode;
        Year = year;
        RuleSetCode = ruleSetCode;
        Outcomes = outcomes.ToList().AsReadOnly();
    }

    public string AwardCode { get; }

    public int Year { get; }

    /// <summary>The set the nominee was judged under, kept for the appraisal record.</summary>
    public string RuleSetCode { get; }

    public IReadOnlyList<RuleOutcome> Outcomes { get; }

    /// <summary>Fail if any rule fails, else Unknown if any is unknown, else Pass (also when the award has no rules).</summary>
    public EligibilityStatus Overall =>
        Outcomes.Any(o => o.Status == EligibilityStatus.Fail) ? EligibilityStatus.Fail
        : Outcomes.Any(o => o.Status == EligibilityStatus.Unknown) ? EligibilityStatus.Unknown
        : EligibilityStatus.Pass;
}
