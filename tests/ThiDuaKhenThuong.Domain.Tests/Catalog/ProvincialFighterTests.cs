using ThiDuaKhenThuong.Domain.Catalog;
using static ThiDuaKhenThuong.Domain.Catalog.AwardCodes;

namespace ThiDuaKhenThuong.Domain.Tests.Catalog;

/// <summary>The provincial emulation fighter judged end to end under the national rule set.</summary>
public class ProvincialFighterTests
{
    private static readonly AwardType Fighter = NationalCatalog.CreateAwardTypes().Single(a => a.Code == ProvincialEmulationFighter);
    private static readonly RuleSet National = NationalCatalog.CreateRuleSets().Single(s => s.Code == NationalCatalog.RuleSet2024Code);

    private static Nominee Complete() => Nominee.With()
        .Known(2015, 2024)
        .Initiative(InitiativeLevel.Province, 2023)
        .ForAchievement("CSTDT-2022-2024");

    [Fact]
    public void ProvincialFighter_Passes_WithThreeConsecutiveGrassrootsTitles()
    {
        var context = Complete().Title(GrassrootsEmulationFighter, 2022, 2023, 2024).Build();

        var report = EligibilityEvaluator.Evaluate(Fighter, 2024, context, National);

        report.Overall.ShouldBe(EligibilityStatus.Pass);
        report.RuleSetCode.ShouldBe(NationalCatalog.RuleSet2024Code);
        report.Outcomes.Count.ShouldBe(4);
        report.Outcomes.ShouldContain(o => o.Reason == "Đã đạt CSTĐCS 3 năm liên tục 2022–2024");
    }

    [Fact]
    public void ProvincialFighter_Fails_WithAGapInGrassrootsTitles()
    {
        var context = Complete().Title(GrassrootsEmulationFighter, 2021, 2022, 2024).Build();

        var report = EligibilityEvaluator.Evaluate(Fighter, 2024, context, National);

        report.Overall.ShouldBe(EligibilityStatus.Fail);
        report.Outcomes.Single(o => o.Status == EligibilityStatus.Fail).Reason.ShouldStartWith("Không đạt CSTĐCS năm 2023");
    }

    [Fact]
    public void ProvincialFighter_IsUnknown_WhenAYearOfHistoryIsMissing()
    {
        var context = Nominee.With()
            .Known(2015, 2022)
            .Known(2024, 2024)
            .Title(GrassrootsEmulationFighter, 2022, 2024)
            .Initiative(InitiativeLevel.Province, 2023)
            .ForAchievement("CSTDT-2022-2024")
            .Build();

        var report = EligibilityEvaluator.Evaluate(Fighter, 2024, context, National);

        report.Overall.ShouldBe(EligibilityStatus.Unknown);
        report.Outcomes.Single(o => o.Rule.Kind == RuleKind.PriorTitleConsecutiveYears).Reason
            .ShouldBe("Thiếu dữ liệu danh hiệu CSTĐCS năm 2023");

        // The unknown year also hides whether the title was already given within three years.
        report.Outcomes.Where(o => o.Status == EligibilityStatus.Unknown).Select(o => o.Rule.Kind)
            .ShouldBe([RuleKind.PriorTitleConsecutiveYears, RuleKind.MinYearsSinceSame]);
    }

    [Fact]
    public void ProvincialFighter_Fails_WhenAwardedTwoYearsAgo_EvenWithThreeTitles()
    {
        var context = Complete().Title(GrassrootsEmulationFighter, 2022, 2023, 2024).Title(ProvincialEmulationFighter, 2022).Build();

        var report = EligibilityEvaluator.Evaluate(Fighter, 2024, context, National);

        report.Overall.ShouldBe(EligibilityStatus.Fail);
        report.Outcomes.Single(o => o.Status == EligibilityStatus.Fail).Rule.Kind.ShouldBe(RuleKind.MinYearsSinceSame);
    }

    [Fact]
    public void Overall_IsFail_WhenOneRuleFailsAndAnotherIsUnknown()
    {
        // Gap in 2023 (known) fails; the initiatives were never supplied, so that rule is unknown.
        var context = Nominee.With().Known(2015, 2024).Title(GrassrootsEmulationFighter, 2022, 2024).Build();

        var report = EligibilityEvaluator.Evaluate(Fighter, 2024, context, National);

        report.Outcomes.ShouldContain(o => o.Status == EligibilityStatus.Unknown);
        report.Overall.ShouldBe(EligibilityStatus.Fail);
    }

    [Fact]
    public void Evaluate_IsPure_SameInputsGiveEqualOutcomes()
    {
        var context = Complete().Title(GrassrootsEmulationFighter, 2022, 2023, 2024).Build();

        var first = EligibilityEvaluator.Evaluate(Fighter, 2024, context, National);
        var second = EligibilityEvaluator.Evaluate(Fighter, 2024, context, National);

        second.Outcomes.ShouldBe(first.Outcomes);
    }
}
