using ThiDuaKhenThuong.Domain.Catalog;
using static ThiDuaKhenThuong.Domain.Catalog.AwardCodes;

namespace ThiDuaKhenThuong.Domain.Tests.Catalog;

public class EligibilityEvaluatorTests
{
    private static readonly IReadOnlyList<AwardType> Awards = NationalCatalog.CreateAwardTypes();
    private static readonly RuleSet National = NationalCatalog.CreateRuleSets()[0];

    private static AwardType Award(string code) => Awards.Single(a => a.Code == code);

    [Theory]
    [InlineData(20, 2, EligibilityStatus.Pass)] // 3rd of floor(3.00) = 3
    [InlineData(20, 3, EligibilityStatus.Fail)] // 4th of 3
    [InlineData(7, 0, EligibilityStatus.Pass)] // 1st of floor(1.05) = 1
    [InlineData(7, 1, EligibilityStatus.Fail)] // 2nd of 1
    [InlineData(6, 0, EligibilityStatus.Fail)] // floor(0.90) = 0: a unit of 6 LĐTT has no CSTĐCS place
    [InlineData(100, 14, EligibilityStatus.Pass)] // exactly 15 %
    [InlineData(100, 15, EligibilityStatus.Fail)] // 16 %
    public void GrassrootsCap_IsFloorOfFifteenPercentOfUnitAdvancedWorkers(int advancedWorkers, int othersAlready, EligibilityStatus expected)
    {
        var rule = National.RulesFor(GrassrootsEmulationFighter).Single(r => r.Rule.Kind == RuleKind.MaxShareOf).Rule;
        var context = Nominee.With()
            .Count(AdvancedWorker, CountScope.Unit, advancedWorkers)
            .Count(GrassrootsEmulationFighter, CountScope.Unit, othersAlready)
            .Build();

        EligibilityEvaluator.Evaluate(rule, GrassrootsEmulationFighter, 2024, context).Status.ShouldBe(expected);
    }

    [Fact]
    public void GrassrootsFighter_Passes_WithAdvancedWorkerInitiativeAndRoomUnderTheCap()
    {
        var context = Nominee.With()
            .Title(AdvancedWorker, 2024)
            .Initiative(InitiativeLevel.Unit, 2024)
            .Count(AdvancedWorker, CountScope.Unit, 20)
            .Count(GrassrootsEmulationFighter, CountScope.Unit, 2)
            .Build();

        var report = EligibilityEvaluator.Evaluate(Award(GrassrootsEmulationFighter), 2024, context, National);

        report.Overall.ShouldBe(EligibilityStatus.Pass, string.Join("; ", report.Outcomes.Select(o => o.Reason)));
        report.Outcomes.Count.ShouldBe(3);
    }

    [Fact]
    public void Overall_IsUnknown_WhenNoRuleFailsButOneLacksData()
    {
        var context = Nominee.With().Title(AdvancedWorker, 2024).Initiative(InitiativeLevel.Unit, 2024).Build();

        var report = EligibilityEvaluator.Evaluate(Award(GrassrootsEmulationFighter), 2024, context, National);

        report.Overall.ShouldBe(EligibilityStatus.Unknown);
    }

    [Fact]
    public void AnnualOnlyRules_AreSkipped_ForAnAdHocCertificate()
    {
        var annual = Nominee.With().ForAchievement("Cứu hộ lũ 2024").Build();
        var adHoc = Nominee.With().ForAchievement("Cứu hộ lũ 2024").OfKind(AwardKinds.AdHoc).Build();

        var annualReport = EligibilityEvaluator.Evaluate(Award(ProvincialCertificate), 2024, annual, National);
        var adHocReport = EligibilityEvaluator.Evaluate(Award(ProvincialCertificate), 2024, adHoc, National);

        annualReport.Outcomes.Select(o => o.Rule.Kind).ShouldBe([RuleKind.MinPerformanceRating, RuleKind.NotAlreadyAwardedForSameAchievement]);
        adHocReport.Outcomes.Single().Rule.Kind.ShouldBe(RuleKind.NotAlreadyAwardedForSameAchievement);
        adHocReport.Overall.ShouldBe(EligibilityStatus.Pass);
    }

    [Fact]
    public void AwardWithoutRules_Passes_WithNoOutcomes()
    {
        var empty = new RuleSet(Guid.NewGuid(), "EMPTY", "Trống", new DateOnly(2024, 1, 1), null, []);

        var report = EligibilityEvaluator.Evaluate(Award(MeritCertificate), 2024, Nominee.With().Build(), empty);

        report.Outcomes.ShouldBeEmpty();
        report.Overall.ShouldBe(EligibilityStatus.Pass);
    }

    [Fact]
    public void NationalFighter_Passes_WithTwoConsecutiveProvincialCyclesAndNationwideInitiative()
    {
        var context = Nominee.With()
            .Title(ProvincialEmulationFighter, 2021, 2024)
            .Initiative(InitiativeLevel.National, 2020)
            .ForAchievement("CSTDTQ-2024")
            .Build();

        var report = EligibilityEvaluator.Evaluate(Award(NationalEmulationFighter), 2024, context, National);

        report.Overall.ShouldBe(EligibilityStatus.Pass, string.Join("; ", report.Outcomes.Select(o => o.Reason)));
    }

    [Fact]
    public void ExcellentCollective_Fails_WhenOneMemberDidNotCompleteTasks()
    {
        var context = Nominee.With()
            .Count(CountCodes.Members, CountScope.Nominee, 30)
            .Count(CountCodes.MembersCompletingTasks, CountScope.Nominee, 29)
            .Count(AdvancedWorker, CountScope.Nominee, 25)
            .Count(GrassrootsEmulationFighter, CountScope.Nominee, 2)
            .NoDiscipline()
            .Build();

        var report = EligibilityEvaluator.Evaluate(Award(ExcellentCollective), 2024, context, National);

        report.Overall.ShouldBe(EligibilityStatus.Fail);
        report.Outcomes.Count(o => o.Status == EligibilityStatus.Fail).ShouldBe(1);
    }

    [Theory]
    [InlineData(15, EligibilityStatus.Fail)] // exactly 50 % is not "more than half"
    [InlineData(16, EligibilityStatus.Pass)]
    public void AdvancedCollective_NeedsStrictlyMoreThanHalfAdvancedWorkers(int advancedWorkers, EligibilityStatus expected)
    {
        var rule = National.RulesFor(AdvancedCollective).Single(r => r.Rule.Kind == RuleKind.MinShareOf).Rule;
        var context = Nominee.With()
            .Count(CountCodes.Members, CountScope.Nominee, 30)
            .Count(AdvancedWorker, CountScope.Nominee, advancedWorkers)
            .Build();

        EligibilityEvaluator.Evaluate(rule, AdvancedCollective, 2024, context).Status.ShouldBe(expected);
    }

    [Fact]
    public void RuleDefinition_RejectsOutOfRangeParameters_EvenThroughWith()
    {
        var cap = new MaxShareOfRule(GrassrootsEmulationFighter, AdvancedWorker, 15, CountScope.Unit);

        Should.Throw<ArgumentOutOfRangeException>(() => RuleDefinition.Of(cap with { Percent = 0 }));
        Should.Throw<ArgumentOutOfRangeException>(() => RuleDefinition.Of(new PriorTitleConsecutiveYearsRule(AdvancedWorker, 0)));
        Should.Throw<ArgumentException>(() => new RuleDefinition(RuleKind.MinShareOf, cap));
    }
}
