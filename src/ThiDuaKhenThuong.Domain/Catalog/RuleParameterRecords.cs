namespace ThiDuaKhenThuong.Domain.Catalog;

// One record per rule kind. Property names are the JSON names: renaming one breaks stored rule sets.

/// <summary>Holds <paramref name="Title"/> in each of <paramref name="Years"/> award years ending with the year judged,
/// <paramref name="IntervalYears"/> apart (1 = consecutive years; 3 = consecutive provincial-fighter cycles).</summary>
public sealed record PriorTitleConsecutiveYearsRule(string Title, int Years, int IntervalYears = 1) : RuleParameters
{
    public override void Validate()
    {
        Code(Title, nameof(Title));
        Positive(Years, nameof(Years));
        Positive(IntervalYears, nameof(IntervalYears));
    }
}

/// <summary>Holds <paramref name="Title"/> in the year judged (CSTĐCS needs LĐTT that year).</summary>
public sealed record HoldsTitleInYearRule(string Title) : RuleParameters
{
    public override void Validate() => Code(Title, nameof(Title));
}

/// <summary>Holds <paramref name="Title"/> from a year in [year − LookbackYears, year − MinYearsBefore], e.g. a provincial
/// certificate at least five years before a Prime Minister's certificate.</summary>
public sealed record HoldsTitleBeforeRule(string Title, int MinYearsBefore, int LookbackYears) : RuleParameters
{
    public override void Validate()
    {
        Code(Title, nameof(Title));
        Positive(MinYearsBefore, nameof(MinYearsBefore));
        if (LookbackYears < MinYearsBefore)
        {
            throw new ArgumentOutOfRangeException(nameof(LookbackYears), LookbackYears, "Số năm xét lại phải không nhỏ hơn số năm tối thiểu.");
        }
    }
}

/// <summary>An initiative or research recognised at <paramref name="MinLevel"/> or higher within the last
/// <paramref name="WithinYears"/> years (1 = the year judged only).</summary>
public sealed record RequiresInitiativeRule(InitiativeLevel MinLevel, int WithinYears = 1) : RuleParameters
{
    public override void Validate()
    {
        Defined(MinLevel, nameof(MinLevel));
        Positive(WithinYears, nameof(WithinYears));
    }
}

/// <summary>At most <paramref name="Percent"/> % of the <paramref name="Basis"/> count may hold <paramref name="Title"/>
/// within <paramref name="Scope"/>. The cap is floor(Percent × basis / 100): 7 LĐTT at 15 % allow 1 CSTĐCS.</summary>
public sealed record MaxShareOfRule(string Title, string Basis, int Percent, CountScope Scope) : RuleParameters
{
    public override void Validate()
    {
        Code(Title, nameof(Title));
        Code(Basis, nameof(Basis));
        InPercentRange(Percent, nameof(Percent));
        Defined(Scope, nameof(Scope));
    }
}

/// <summary>At least <paramref name="Percent"/> % of <paramref name="Basis"/> (more than, when <paramref name="Strict"/>)
/// hold <paramref name="Title"/> within <paramref name="Scope"/>, e.g. ≥ 70 % of members are LĐTT.</summary>
public sealed record MinShareOfRule(string Title, string Basis, int Percent, CountScope Scope, bool Strict = false) : RuleParameters
{
    public override void Validate()
    {
        Code(Title, nameof(Title));
        Code(Basis, nameof(Basis));
        InPercentRange(Percent, nameof(Percent));
        Defined(Scope, nameof(Scope));
    }
}

/// <summary>At least <paramref name="Minimum"/> holders of <paramref name="Title"/> within <paramref name="Scope"/>.</summary>
public sealed record MinCountOfRule(string Title, int Minimum, CountScope Scope) : RuleParameters
{
    public override void Validate()
    {
        Code(Title, nameof(Title));
        Positive(Minimum, nameof(Minimum));
        Defined(Scope, nameof(Scope));
    }
}

/// <summary>At most <paramref name="Maximum"/> of <paramref name="Title"/> within <paramref name="Scope"/>, this
/// nomination included (one provincial flag per cluster).</summary>
public sealed record MaxCountOfRule(string Title, int Maximum, CountScope Scope) : RuleParameters
{
    public override void Validate()
    {
        Code(Title, nameof(Title));
        Positive(Maximum, nameof(Maximum));
        Defined(Scope, nameof(Scope));
    }
}

/// <summary>The same award not received in the last <paramref name="Years"/> − 1 years nor in the year judged.</summary>
public sealed record MinYearsSinceSameRule(int Years) : RuleParameters
{
    public override void Validate() => Positive(Years, nameof(Years));
}

/// <summary>No disciplinary measure in the last <paramref name="WithinYears"/> years (1 = the year judged).</summary>
public sealed record NoDisciplineRule(int WithinYears = 1) : RuleParameters
{
    public override void Validate() => Positive(WithinYears, nameof(WithinYears));
}

/// <summary>The collective leads its emulation cluster or block in the year judged.</summary>
public sealed record LeadsEmulationGroupRule : RuleParameters
{
    public override void Validate()
    {
    }
}

/// <summary>One achievement earns one award, once (Law 06/2022/QH15 art. 5).</summary>
public sealed record NotAlreadyAwardedForSameAchievementRule : RuleParameters
{
    public override void Validate()
    {
    }
}

/// <summary>Rated <paramref name="Rating"/> or better in each of <paramref name="ConsecutiveYears"/> years ending with the year judged.</summary>
public sealed record MinPerformanceRatingRule(PerformanceRating Rating, int ConsecutiveYears = 1) : RuleParameters
{
    public override void Validate()
    {
        Defined(Rating, nameof(Rating));
        Positive(ConsecutiveYears, nameof(ConsecutiveYears));
    }
}

/// <summary>Worked at least <paramref name="Months"/> months in the year judged (newly recruited staff).</summary>
public sealed record MinServiceMonthsRule(int Months) : RuleParameters
{
    public override void Validate() => Positive(Months, nameof(Months));
}

/// <summary>Absent at most <paramref name="MaxDays"/> working days in the year judged (39 ⇒ "absent ≥ 40 days" fails).</summary>
public sealed record MaxAbsenceDaysRule(int MaxDays) : RuleParameters
{
    public override void Validate() => NotNegative(MaxDays, nameof(MaxDays));
}
