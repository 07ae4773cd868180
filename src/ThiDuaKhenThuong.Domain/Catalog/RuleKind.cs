using System.Text.Json.Serialization;

namespace ThiDuaKhenThuong.Domain.Catalog;

/// <summary>
/// The kinds of eligibility rule. Stored as the member name; a new member breaks every switch that forgets it
/// (CS8509), which is how <see cref="RuleKinds.ParametersType"/> and the evaluator stay complete.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<RuleKind>))]
public enum RuleKind
{
    PriorTitleConsecutiveYears,
    HoldsTitleInYear,
    HoldsTitleBefore,
    RequiresInitiative,
    MaxShareOf,
    MinShareOf,
    MinCountOf,
    MaxCountOf,
    MinYearsSinceSame,
    NoDiscipline,
    LeadsEmulationGroup,
    NotAlreadyAwardedForSameAchievement,
    MinPerformanceRating,
    MinServiceMonths,
    MaxAbsenceDays,
}

/// <summary>Level of recognition of an initiative (sáng kiến) or research; ordered, higher includes lower.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<InitiativeLevel>))]
public enum InitiativeLevel
{
    /// <summary>Recognised by the unit (cấp cơ sở).</summary>
    Unit = 1,

    /// <summary>Effect province-wide (phạm vi toàn tỉnh).</summary>
    Province = 2,

    /// <summary>Effect nationwide (phạm vi toàn quốc).</summary>
    National = 3,
}

/// <summary>The yearly performance rating (xếp loại); ordered, higher includes lower.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PerformanceRating>))]
public enum PerformanceRating
{
    /// <summary>Không hoàn thành nhiệm vụ.</summary>
    NotCompleted = 0,

    /// <summary>Hoàn thành nhiệm vụ.</summary>
    Completed = 1,

    /// <summary>Hoàn thành tốt nhiệm vụ.</summary>
    CompletedWell = 2,

    /// <summary>Hoàn thành xuất sắc nhiệm vụ.</summary>
    CompletedExcellently = 3,
}

/// <summary>Where a count is taken, for the share and count rules.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CountScope>))]
public enum CountScope
{
    /// <summary>Inside the nominated collective itself (its members).</summary>
    Nominee,

    /// <summary>The nominee's unit (e.g. CSTĐCS ≤ 15 % of the unit's LĐTT).</summary>
    Unit,

    /// <summary>The nominee's emulation cluster or block that year (e.g. one flag per cluster).</summary>
    EmulationGroup,

    Province,
}

public static class RuleLabels
{
    public static string Label(this InitiativeLevel level) => level switch
    {
        InitiativeLevel.Unit => "cấp cơ sở",
        InitiativeLevel.Province => "phạm vi toàn tỉnh",
        InitiativeLevel.National => "phạm vi toàn quốc",
        _ => level.ToString(),
    };

    public static string Label(this PerformanceRating rating) => rating switch
    {
        PerformanceRating.NotCompleted => "Không hoàn thành nhiệm vụ",
        PerformanceRating.Completed => "Hoàn thành nhiệm vụ",
        PerformanceRating.CompletedWell => "Hoàn thành tốt nhiệm vụ",
        PerformanceRating.CompletedExcellently => "Hoàn thành xuất sắc nhiệm vụ",
        _ => rating.ToString(),
    };

    public static string Label(this CountScope scope) => scope switch
    {
        CountScope.Nominee => "tập thể được đề nghị",
        CountScope.Unit => "đơn vị",
        CountScope.EmulationGroup => "Cụm, Khối thi đua",
        CountScope.Province => "tỉnh",
    };
}
