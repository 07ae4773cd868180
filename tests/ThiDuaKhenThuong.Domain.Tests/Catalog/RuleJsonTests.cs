using System.Text.Json;
using ThiDuaKhenThuong.Domain.Catalog;

namespace ThiDuaKhenThuong.Domain.Tests.Catalog;

public class RuleJsonTests
{
    [Fact]
    public void RuleSet_RoundTripsThroughJson()
    {
        var original = NationalCatalog.CreateRuleSets()[0]
            .DeriveForTenant(Guid.NewGuid(), Guid.NewGuid(), "TB-2024", "Thái Bình 2024", validTo: new DateOnly(2025, 1, 1));

        var json = JsonSerializer.Serialize(original);
        var copy = JsonSerializer.Deserialize<RuleSet>(json)!;

        copy.Id.ShouldBe(original.Id);
        copy.TenantId.ShouldBe(original.TenantId);
        copy.Code.ShouldBe("TB-2024");
        copy.Name.ShouldBe("Thái Bình 2024");
        copy.ValidFrom.ShouldBe(original.ValidFrom);
        copy.ValidTo.ShouldBe(new DateOnly(2025, 1, 1));
        copy.IsReadOnly.ShouldBeFalse();
        copy.ParentRuleSetCode.ShouldBe(NationalCatalog.RuleSet2024Code);
        copy.Rules.ShouldBe(original.Rules);
        json.ShouldContain("\"Kind\":\"MaxShareOf\"");
        json.ShouldContain("\"Scope\":\"Unit\"");
    }

    [Fact]
    public void NationalRuleSet_StaysReadOnly_AfterRoundTrip()
    {
        var copy = JsonSerializer.Deserialize<RuleSet>(JsonSerializer.Serialize(NationalCatalog.CreateRuleSets()[1]))!;

        copy.IsReadOnly.ShouldBeTrue();
        copy.ValidTo.ShouldBeNull();
    }

    [Theory]
    [MemberData(nameof(RuleKindCases.Names), MemberType = typeof(RuleKindCases))]
    public void EveryRuleKind_RoundTrips(string caseName)
    {
        var rule = RuleDefinition.Of(RuleKindCases.Named(caseName).Rule);

        JsonSerializer.Deserialize<RuleDefinition>(JsonSerializer.Serialize(rule)).ShouldBe(rule);
        RuleDefinition.FromParametersJson(rule.Kind, rule.ParametersJson()).ShouldBe(rule);
    }

    [Fact]
    public void RuleDefinition_ReadsKindAfterParameters_AsJsonbMayStoreIt()
    {
        const string json = """{"Parameters":{"Percent":15,"Basis":"AdvancedWorker","Scope":"Unit","Title":"GrassrootsEmulationFighter"},"Kind":"MaxShareOf"}""";

        var rule = JsonSerializer.Deserialize<RuleDefinition>(json)!;

        rule.Parameters.ShouldBe(new MaxShareOfRule(AwardCodes.GrassrootsEmulationFighter, AwardCodes.AdvancedWorker, 15, CountScope.Unit));
    }

    [Fact]
    public void Parameters_DoNotRepeatTheKind()
    {
        var json = RuleDefinition.Of(new MinYearsSinceSameRule(3)).ParametersJson();

        json.ShouldBe("""{"Years":3}""");
    }

    [Theory]
    [InlineData("""{"Kind":"NoSuchRule","Parameters":{}}""")]
    [InlineData("""{"Kind":"MaxShareOf"}""")]
    [InlineData("""{"Kind":"MaxShareOf","Parameters":{"Title":"X","Basis":"Y","Percent":150,"Scope":"Unit"}}""")]
    public void RuleDefinition_RejectsBadJson(string json)
    {
        Should.Throw<Exception>(() => JsonSerializer.Deserialize<RuleDefinition>(json));
    }
}
