using ThiDuaKhenThuong.Domain.Catalog;

namespace ThiDuaKhenThuong.Domain.Tests.Catalog;

/// <summary>Builds eligibility contexts for tests: <c>Nominee.With().Title("X", 2022, 2023).Known(2020, 2024)</c>.</summary>
internal sealed class Nominee
{
    private readonly List<AwardHistoryEntry> history = [];
    private readonly HashSet<int> knownYears = [];
    private readonly Dictionary<int, PerformanceRating> ratings = [];
    private readonly List<ScopeCount> counts = [];
    private List<Initiative>? initiatives;
    private List<DisciplineRecord>? discipline;
    private int? serviceMonths;
    private int? absenceDays;
    private bool? leads;
    private string? achievementRef;
    private AwardKinds kind = AwardKinds.Annual;

    public static Nominee With() => new();

    public Nominee Title(string code, params int[] years)
    {
        foreach (var year in years)
        {
            history.Add(new AwardHistoryEntry(code, year, $"{year}/QĐ-{code}", new DateOnly(year, 12, 20), "UBND tỉnh"));
        }

        return this;
    }

    public Nominee Award(AwardHistoryEntry entry)
    {
        history.Add(entry);
        return this;
    }

    /// <summary>Marks the history of the years in [from, to] as complete.</summary>
    public Nominee Known(int from, int to)
    {
        for (var y = from; y <= to; y++)
        {
            knownYears.Add(y);
        }

        return this;
    }

    public Nominee Initiative(InitiativeLevel level, int year)
    {
        (initiatives ??= []).Add(new Initiative($"Sáng kiến {year}", level, year));
        return this;
    }

    public Nominee NoInitiatives()
    {
        initiatives ??= [];
        return this;
    }

    public Nominee Disciplined(int year, string form = "Khiển trách")
    {
        (discipline ??= []).Add(new DisciplineRecord(year, form));
        return this;
    }

    public Nominee NoDiscipline()
    {
        discipline ??= [];
        return this;
    }

    public Nominee Rated(PerformanceRating rating, params int[] years)
    {
        foreach (var year in years)
        {
            ratings[year] = rating;
        }

        return this;
    }

    public Nominee Count(string code, CountScope scope, int count)
    {
        counts.Add(new ScopeCount(code, scope, count));
        return this;
    }

    public Nominee ServiceMonths(int months)
    {
        serviceMonths = months;
        return this;
    }

    public Nominee AbsenceDays(int days)
    {
        absenceDays = days;
        return this;
    }

    public Nominee LeadsGroup(bool value)
    {
        leads = value;
        return this;
    }

    public Nominee ForAchievement(string reference)
    {
        achievementRef = reference;
        return this;
    }

    public Nominee OfKind(AwardKinds value)
    {
        kind = value;
        return this;
    }

    public EligibilityContext Build() => new()
    {
        Kind = kind,
        History = [.. history],
        KnownHistoryYears = new HashSet<int>(knownYears),
        Initiatives = initiatives?.ToList(),
        DisciplineRecords = discipline?.ToList(),
        PerformanceRatings = new Dictionary<int, PerformanceRating>(ratings),
        ServiceMonthsInYear = serviceMonths,
        AbsenceWorkingDays = absenceDays,
        Counts = [.. counts],
        LeadsEmulationGroup = leads,
        AchievementRef = achievementRef,
    };
}
