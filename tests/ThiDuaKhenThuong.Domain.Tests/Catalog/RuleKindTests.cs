using ThiDuaKhenThuong.Domain.Catalog;

namespace ThiDuaKhenThuong.Domain.Tests.Catalog;

public class RuleKindTests
{
    [Theory]
    [MemberData(nameof(RuleKindCases.Names), MemberType = typeof(RuleKindCases))]
    public void Rule_GivesExpectedStatusAndReason(string name)
    {
        var c = RuleKindCases.Named(name);

        var outcome = EligibilityEvaluator.Evaluate(RuleDefinition.Of(c.Rule), c.AwardCode, RuleKindCases.Year, c.Nominee.Build());

        outcome.Status.ShouldBe(c.Expected, outcome.Reason);
        outcome.Reason.ShouldContain(c.ReasonContains, Case.Sensitive);
    }

    [Fact]
    public void EveryRuleKind_HasPassingFailingAndUnknownCase()
    {
        var covered = RuleKindCases.All.Select(c => (c.Rule.Kind, c.Expected)).ToHashSet();

        var missing =
            from kind in Enum.GetValues<RuleKind>()
            from status in Enum.GetValues<EligibilityStatus>()
            where !covered.Contains((kind, status))
            select $"{kind}/{status}";

        missing.ShouldBeEmpty();
    }
}
