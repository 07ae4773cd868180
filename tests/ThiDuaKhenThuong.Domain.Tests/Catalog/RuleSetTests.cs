using ThiDuaKhenThuong.Domain.Catalog;
using static ThiDuaKhenThuong.Domain.Catalog.AwardCodes;

namespace ThiDuaKhenThuong.Domain.Tests.Catalog;

public class RuleSetTests
{
    private static readonly Guid Province = Guid.Parse("11111111-1111-1111-1111-111111111111");

    private static RuleSet Set(string code, DateOnly from, DateOnly? to) => new(Guid.NewGuid(), code, code, from, to, []);

    private static RuleDefinition Cap(RuleSet set) =>
        set.RulesFor(GrassrootsEmulationFighter).Single(r => r.Rule.Kind == RuleKind.MaxShareOf).Rule;

    [Theory]
    [InlineData("2023-12-31", null)] // before the 2022 law was in force
    [InlineData("2024-01-01", NationalCatalog.RuleSet2024Code)] // first day included
    [InlineData("2025-06-30", NationalCatalog.RuleSet2024Code)] // last day of Decree 98/2023
    [InlineData("2025-07-01", NationalCatalog.RuleSet2025Code)] // ValidTo is exclusive: the successor takes the day
    [InlineData("2031-01-01", NationalCatalog.RuleSet2025Code)] // open-ended
    public void Selector_PicksTheNationalSetInForceOnTheDay(string date, string? expected)
    {
        var picked = RuleSetSelector.For(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), NationalCatalog.CreateRuleSets());

        picked?.Code.ShouldBe(expected);
        (picked is null).ShouldBe(expected is null);
    }

    [Theory]
    [InlineData("2024-12-31", NationalCatalog.RuleSet2024Code)]
    [InlineData("2025-01-01", "TB-2025")] // tenant copy preferred from its first day
    [InlineData("2025-06-30", "TB-2025")]
    [InlineData("2025-07-01", NationalCatalog.RuleSet2025Code)] // the copy ended with its parent
    public void Selector_PrefersTheTenantCopy_OnlyWhileItIsInForce(string date, string expected)
    {
        var sets = NationalCatalog.CreateRuleSets().ToList();
        sets.Add(sets[0].DeriveForTenant(Province, Guid.NewGuid(), "TB-2025", "Thái Bình 2025", validFrom: new DateOnly(2025, 1, 1)));

        RuleSetSelector.For(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), sets)!.Code.ShouldBe(expected);
    }

    [Fact]
    public void Selector_PrefersTheLatestStart_AmongSetsOfTheSameStanding()
    {
        var sets = new[] { Set("A", new DateOnly(2024, 1, 1), null), Set("B", new DateOnly(2024, 6, 1), null) };

        RuleSetSelector.For(new DateOnly(2024, 5, 31), sets)!.Code.ShouldBe("A");
        RuleSetSelector.For(new DateOnly(2024, 6, 1), sets)!.Code.ShouldBe("B");
    }

    [Fact]
    public void Selector_Refuses_TwoSetsStartingTheSameDay()
    {
        var sets = new[] { Set("A", new DateOnly(2024, 1, 1), null), Set("B", new DateOnly(2024, 1, 1), null) };

        Should.Throw<InvalidOperationException>(() => RuleSetSelector.For(new DateOnly(2024, 3, 1), sets));
    }

    [Fact]
    public void TenantCopy_OverridesTheCap_WhileTheNationalSetStaysUnchanged()
    {
        var national = NationalCatalog.CreateRuleSets()[0];
        var tenant = national.DeriveForTenant(Province, Guid.NewGuid(), "TB-2024", "Thái Bình");
        var nationalCap = Cap(national);

        tenant.ReplaceRule(GrassrootsEmulationFighter, Cap(tenant),
            RuleDefinition.Of((MaxShareOfRule)nationalCap.Parameters with { Percent = 20 }));

        ((MaxShareOfRule)Cap(tenant).Parameters).Percent.ShouldBe(20);
        ((MaxShareOfRule)Cap(national).Parameters).Percent.ShouldBe(15);
        tenant.IsReadOnly.ShouldBeFalse();
        tenant.TenantId.ShouldBe(Province);
        tenant.ParentRuleSetCode.ShouldBe(NationalCatalog.RuleSet2024Code);
        tenant.Rules.Count.ShouldBe(national.Rules.Count);
    }

    [Fact]
    public void TenantCopy_ChangesTheVerdict_ForTheSameNominee()
    {
        var national = NationalCatalog.CreateRuleSets()[0];
        var tenant = national.DeriveForTenant(Province, Guid.NewGuid(), "TB-2024", "Thái Bình");
        tenant.ReplaceRule(GrassrootsEmulationFighter, Cap(tenant),
            RuleDefinition.Of((MaxShareOfRule)Cap(tenant).Parameters with { Percent = 20 }));
        var fourthOfTwenty = Nominee.With()
            .Count(AdvancedWorker, CountScope.Unit, 20).Count(GrassrootsEmulationFighter, CountScope.Unit, 3).Build();

        EligibilityEvaluator.Evaluate(Cap(national), GrassrootsEmulationFighter, 2024, fourthOfTwenty).Status.ShouldBe(EligibilityStatus.Fail);
        EligibilityEvaluator.Evaluate(Cap(tenant), GrassrootsEmulationFighter, 2024, fourthOfTwenty).Status.ShouldBe(EligibilityStatus.Pass);
    }

    [Fact]
    public void NationalSet_IsReadOnly()
    {
        var national = NationalCatalog.CreateRuleSets()[0];
        var cap = Cap(national);

        national.IsReadOnly.ShouldBeTrue();
        Should.Throw<ReadOnlyCatalogException>(() => national.ReplaceRule(GrassrootsEmulationFighter, cap, cap));
        Should.Throw<ReadOnlyCatalogException>(() => national.AddRule(new AwardRule(AdvancedWorker, new NoDisciplineRule(2))));
        Should.Throw<ReadOnlyCatalogException>(() => national.RemoveRule(GrassrootsEmulationFighter, cap));
        Should.Throw<ReadOnlyCatalogException>(() => national.EndOn(new DateOnly(2024, 6, 1)));
    }

    [Fact]
    public void TenantCopy_CannotOutliveItsParent()
    {
        var national = NationalCatalog.CreateRuleSets()[0]; // to 01/07/2025

        Should.Throw<ArgumentException>(() =>
            national.DeriveForTenant(Province, Guid.NewGuid(), "X", "X", validTo: new DateOnly(2026, 1, 1)));
        Should.Throw<ArgumentException>(() =>
            national.DeriveForTenant(Province, Guid.NewGuid(), "X", "X", validFrom: new DateOnly(2023, 1, 1)));
        national.DeriveForTenant(Province, Guid.NewGuid(), "X", "X").ValidTo.ShouldBe(NationalCatalog.Decree152InForce);
    }

    [Fact]
    public void TenantCopy_CanAddAndRemoveRules()
    {
        var tenant = NationalCatalog.CreateRuleSets()[1].DeriveForTenant(Province, Guid.NewGuid(), "TB", "Thái Bình");
        var extra = new AwardRule(MeritCertificate, new NoDisciplineRule());

        tenant.AddRule(extra);
        tenant.RulesFor(MeritCertificate).Count.ShouldBe(2);
        tenant.RemoveRule(MeritCertificate, extra.Rule);
        tenant.RulesFor(MeritCertificate).Count.ShouldBe(1);
        Should.Throw<ArgumentException>(() => tenant.RemoveRule(MeritCertificate, extra.Rule));
    }
}
