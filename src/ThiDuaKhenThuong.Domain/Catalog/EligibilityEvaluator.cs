namespace ThiDuaKhenThuong.Domain.Catalog;

/// <summary>
/// Judges a nominee against the rules of one award. Pure: everything it knows comes in through its arguments, so the
/// same inputs always give the same report (and an appraisal can be re-run later to explain itself).
/// </summary>
public static class EligibilityEvaluator
{
    public static EligibilityReport Evaluate(AwardType award, int year, EligibilityContext context, RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(award);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(ruleSet);

        var outcomes = ruleSet.RulesFor(award.Code)
            .Where(r => r.AppliesToKind(context.Kind))
            .Select(r => Evaluate(r.Rule, award.Code, year, context));
        return new EligibilityReport(award.Code, year, ruleSet.Code, outcomes);
    }

    /// <summary>One rule on its own, e.g. to preview a tenant's adjusted parameter.</summary>
    public static RuleOutcome Evaluate(RuleDefinition rule, string awardCode, int year, EligibilityContext context)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(context);
        var p = rule.Parameters;

        // Switching on the kind (not the type) makes a new kind a compile error here until it is handled.
        var verdict = rule.Kind switch
        {
            RuleKind.PriorTitleConsecutiveYears => HistoryChecks.ConsecutiveYears((PriorTitleConsecutiveYearsRule)p, year, context),
            RuleKind.HoldsTitleInYear => HistoryChecks.InYear((HoldsTitleInYearRule)p, year, context),
            RuleKind.HoldsTitleBefore => HistoryChecks.Before((HoldsTitleBeforeRule)p, year, context),
            RuleKind.MinYearsSinceSame => HistoryChecks.SinceSame((MinYearsSinceSameRule)p, awardCode, year, context),
            RuleKind.NotAlreadyAwardedForSameAchievement => HistoryChecks.SameAchievement(context),
            RuleKind.MaxShareOf => CountChecks.MaxShare((MaxShareOfRule)p, year, context),
            RuleKind.MinShareOf => CountChecks.MinShare((MinShareOfRule)p, year, context),
            RuleKind.MinCountOf => CountChecks.MinCount((MinCountOfRule)p, year, context),
            RuleKind.MaxCountOf => CountChecks.MaxCount((MaxCountOfRule)p, year, context),
            RuleKind.RequiresInitiative => NomineeChecks.Initiative((RequiresInitiativeRule)p, year, context),
            RuleKind.NoDiscipline => NomineeChecks.Discipline((NoDisciplineRule)p, year, context),
            RuleKind.LeadsEmulationGroup => NomineeChecks.LeadsGroup(year, context),
            RuleKind.MinPerformanceRating => NomineeChecks.Rating((MinPerformanceRatingRule)p, year, context),
            RuleKind.MinServiceMonths => NomineeChecks.ServiceMonths((MinServiceMonthsRule)p, year, context),
            RuleKind.MaxAbsenceDays => NomineeChecks.Absence((MaxAbsenceDaysRule)p, year, context),
        };
        return new RuleOutcome(rule, verdict.Status, verdict.Reason);
    }
}

internal readonly record struct Verdict(EligibilityStatus Status, string Reason)
{
    public static Verdict Pass(string reason) => new(EligibilityStatus.Pass, reason);

    public static Verdict Fail(string reason) => new(EligibilityStatus.Fail, reason);

    public static Verdict Unknown(string reason) => new(EligibilityStatus.Unknown, reason);
}

/// <summary>Formatting shared by the checks.</summary>
internal static class Text
{
    public static string Name(string code) => NationalCatalog.ShortNameOf(code);

    /// <summary>"2022–2024" for a run of consecutive years, "2021, 2024" otherwise.</summary>
    public static string Years(IReadOnlyList<int> years)
    {
        if (years.Count == 0)
        {
            return string.Empty;
        }

        var consecutive = years.Zip(years.Skip(1), (a, b) => b - a).All(step => step == 1);
        return years.Count > 1 && consecutive
            ? $"{years[0]}–{years[^1]}"
            : string.Join(", ", years);
    }

    /// <summary>"năm 2024" or "giai đoạn 2022–2024".</summary>
    public static string Period(int from, int to) => from == to ? $"năm {to}" : $"giai đoạn {from}–{to}";

    public static List<int> Range(int from, int to) => Enumerable.Range(from, Math.Max(0, to - from + 1)).ToList();
}
