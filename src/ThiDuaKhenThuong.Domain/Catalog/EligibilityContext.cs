namespace ThiDuaKhenThuong.Domain.Catalog;

/// <summary>An award the nominee already holds, from a recorded or imported decision.</summary>
/// <param name="AchievementRef">Identifies the achievement the award was for (e.g. a campaign review or an event),
/// so that one achievement is not rewarded twice.</param>
public sealed record AwardHistoryEntry(
    string AwardCode,
    int Year,
    string DecisionNumber,
    DateOnly DecisionDate,
    string IssuingAuthority,
    string? AchievementRef = null);

/// <summary>A recognised initiative, research or solution (sáng kiến, đề tài).</summary>
public sealed record Initiative(string Title, InitiativeLevel Level, int Year);

/// <summary>A disciplinary measure in force in a year (form such as "Khiển trách", "Cảnh cáo").</summary>
public sealed record DisciplineRecord(int Year, string Form);

/// <summary>
/// A count in the year judged, e.g. (AdvancedWorker, Unit, 20) for "the unit has 20 LĐTT". For the award being
/// judged the count excludes this nomination: (GrassrootsEmulationFighter, Unit, 2) means two others already counted.
/// </summary>
public sealed record ScopeCount(string Code, CountScope Scope, int Count);

/// <summary>
/// What the evaluator may know about a nominee, gathered by the caller. The convention throughout: missing data makes a
/// rule Unknown, never Fail — a null collection or value means "not supplied", an empty one means "none".
/// </summary>
public sealed record EligibilityContext
{
    /// <summary>The kind of award asked for; rules limited to other kinds are skipped.</summary>
    public AwardKinds Kind { get; init; } = AwardKinds.Annual;

    public IReadOnlyList<AwardHistoryEntry> History { get; init; } = [];

    /// <summary>Years whose award history is complete: a missing title in such a year is a gap (Fail); in any other
    /// year it is missing data (Unknown).</summary>
    public IReadOnlySet<int> KnownHistoryYears { get; init; } = new HashSet<int>();

    public IReadOnlyList<Initiative>? Initiatives { get; init; }

    public IReadOnlyList<DisciplineRecord>? DisciplineRecords { get; init; }

    /// <summary>Ratings by year; a year absent from the map is unknown.</summary>
    public IReadOnlyDictionary<int, PerformanceRating> PerformanceRatings { get; init; } = new Dictionary<int, PerformanceRating>();

    /// <summary>Months worked in the year judged.</summary>
    public int? ServiceMonthsInYear { get; init; }

    /// <summary>Working days absent in the year judged.</summary>
    public int? AbsenceWorkingDays { get; init; }

    public IReadOnlyList<ScopeCount> Counts { get; init; } = [];

    /// <summary>Whether the collective leads its cluster or block in the year judged.</summary>
    public bool? LeadsEmulationGroup { get; init; }

    /// <summary>The achievement this nomination is for.</summary>
    public string? AchievementRef { get; init; }

    public bool HasHistory(string awardCode, int year) =>
        History.Any(h => h.Year == year && string.Equals(h.AwardCode, awardCode, StringComparison.Ordinal));

    public bool IsHistoryKnown(int year) => KnownHistoryYears.Contains(year);

    /// <summary>Null when not supplied; several entries for the same code and scope (e.g. per sub-unit) add up.</summary>
    public int? CountOf(string code, CountScope scope)
    {
        var matches = Counts.Where(c => c.Scope == scope && string.Equals(c.Code, code, StringComparison.Ordinal)).ToList();
        return matches.Count == 0 ? null : matches.Sum(c => c.Count);
    }
}
