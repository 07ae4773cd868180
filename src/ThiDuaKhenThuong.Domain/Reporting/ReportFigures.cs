using ThiDuaKhenThuong.Domain.Catalog;
using ThiDuaKhenThuong.Domain.People;

namespace ThiDuaKhenThuong.Domain.Reporting;

/// <summary>
/// Every figure of a periodic report, as computed on the day it was generated and frozen into a published version
/// (serialised to JSON). Sections whose data does not exist yet are null and print as "Chưa có số liệu".
/// </summary>
public sealed record ReportFigures
{
    public required ReportPeriodKind PeriodKind { get; init; }

    public required int Year { get; init; }

    /// <summary>The day whose organisation (unit names, parents, clusters) the report uses.</summary>
    public required DateOnly AsOf { get; init; }

    public required ReportScopeKind ScopeKind { get; init; }

    public required string ScopeName { get; init; }

    public required AwardFigures Awards { get; init; }

    public required DossierFigures Dossiers { get; init; }

    public CampaignFigures? Campaigns { get; init; }

    public PlanFigures? Plans { get; init; }

    public CouncilFigures? Council { get; init; }

    /// <summary>People and collectives given a provincial or central award in the period, by name (null in versions
    /// published before the list existed).</summary>
    public IReadOnlyList<AwardeeRow>? Awardees { get; init; }

    public ReportPeriod Period => new(PeriodKind, Year);
}

/// <summary>One award of provincial or central level in the period: who, of which unit, what, by which decision.</summary>
public sealed record AwardeeRow(string Name, string UnitName, string AwardName, string DecisionNumber, bool Revoked);

/// <summary>Awards counted by recipient class: individuals, collectives (enterprises included) and households.</summary>
public sealed record AwardCountRow(string Key, string Label, int Individuals, int Collectives, int Households)
{
    public int Total => Individuals + Collectives + Households;
}

public sealed record AwardFormRow(string Code, string Name, AwardLevel Level, int Individuals, int Collectives, int Households)
{
    public int Total => Individuals + Collectives + Households;
}

public sealed record AwardFigures
{
    public required int Total { get; init; }

    public required int Individuals { get; init; }

    /// <summary>Individuals holding a leader post (<see cref="LeaderLevel"/> other than None).</summary>
    public required int Leaders { get; init; }

    public required int ProvinceLeaders { get; init; }

    public required int DepartmentLeaders { get; init; }

    public required int DivisionLeaders { get; init; }

    /// <summary>Individuals working directly (workers, farmers, soldiers…): <c>Person.IsDirectWorker</c>.</summary>
    public required int DirectWorkers { get; init; }

    /// <summary>Collectives, enterprises included.</summary>
    public required int Collectives { get; init; }

    public required int Enterprises { get; init; }

    public required int Households { get; init; }

    public required IReadOnlyList<AwardFormRow> ByForm { get; init; }

    public required IReadOnlyList<AwardCountRow> ByLevel { get; init; }

    public required IReadOnlyList<AwardCountRow> ByKind { get; init; }

    public required IReadOnlyList<AwardCountRow> ByUnit { get; init; }

    public required IReadOnlyList<AwardCountRow> ByGroup { get; init; }

    /// <summary>Direct workers among awarded individuals, in percent with one decimal; null when no individual was awarded.</summary>
    public decimal? DirectWorkerSharePercent => Individuals == 0 ? null : Math.Round(100m * DirectWorkers / Individuals, 1);
}

public sealed record OutcomeRow(string Outcome, string Label, int Count);

public sealed record DossierFigures
{
    /// <summary>Dossiers received by the Standing Agency in the period (first reception).</summary>
    public required int Received { get; init; }

    /// <summary>Dossiers returned to their unit for a supplement in the period.</summary>
    public required int Returned { get; init; }

    /// <summary>Dossiers whose appraisal ended in the period (sent on to comment, council, decision, or rejected).</summary>
    public required int Processed { get; init; }

    public required int ProcessedWithinLimit { get; init; }

    /// <summary>Median working days of appraisal (the clock's running days) of the processed dossiers.</summary>
    public required decimal? MedianWorkingDays { get; init; }

    public required int LimitWorkingDays { get; init; }

    public required IReadOnlyList<OutcomeRow> NominationOutcomes { get; init; }

    public decimal? WithinLimitPercent => Processed == 0 ? null : Math.Round(100m * ProcessedWithinLimit / Processed, 1);
}

public sealed record CampaignFigures(int Launched, int PreliminarilyReviewed, int FinallyReviewed);

public sealed record PlanFigures(int Expected, int Received, int OnTime)
{
    public int Late => Received - OnTime;

    public int Missing => Math.Max(0, Expected - Received);
}

public sealed record CouncilFigures(int Sessions, int ItemsVoted, int ItemsPassed)
{
    public decimal? PassRatePercent => ItemsVoted == 0 ? null : Math.Round(100m * ItemsPassed / ItemsVoted, 1);
}

/// <summary>Who received an award, as the statistical forms split them.</summary>
public enum RecipientClass
{
    Individual,
    Collective,
    Enterprise,
    Household,
}

/// <summary>
/// One cell of the award cube: how many awards share these dimensions. The cube is what the database returns (one
/// GROUP BY); every table of the report and of forms 0602/0603 is a roll-up of it.
/// </summary>
public sealed record AwardCubeRow(
    Guid UnitId,
    string UnitName,
    string? GroupName,
    string AwardCode,
    string AwardName,
    AwardLevel Level,
    AwardKinds Kind,
    RecipientClass Recipient,
    LeaderLevel LeaderLevel,
    bool IsDirectWorker,
    int Count)
{
    public int Individuals => Recipient == RecipientClass.Individual ? Count : 0;

    public int Collectives => Recipient is RecipientClass.Collective or RecipientClass.Enterprise ? Count : 0;

    public int Households => Recipient == RecipientClass.Household ? Count : 0;
}
