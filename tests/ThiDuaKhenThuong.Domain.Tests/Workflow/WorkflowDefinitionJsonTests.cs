using System.Text.Json;
using ThiDuaKhenThuong.Domain.Workflow;

namespace ThiDuaKhenThuong.Domain.Tests.Workflow;

public sealed class WorkflowDefinitionJsonTests
{
    public static TheoryData<string> DefinitionCodes() =>
        [DefaultWorkflows.ProvincialNominationCode, DefaultWorkflows.UnitAwardCode];

    [Theory]
    [MemberData(nameof(DefinitionCodes))]
    public void Definition_SurvivesAJsonRoundTrip(string code)
    {
        var original = DefaultWorkflows.All.Single(d => d.Code == code);

        var json = WorkflowDefinitionJson.Serialize(original);
        var copy = WorkflowDefinitionJson.Deserialize(json);

        copy.Code.ShouldBe(original.Code);
        copy.Version.ShouldBe(original.Version);
        copy.SubjectKind.ShouldBe(original.SubjectKind);
        copy.Name.ShouldBe(original.Name);
        copy.States.ShouldBe(original.States); // states hold only scalars, so record equality compares values
        copy.Transitions.Count.ShouldBe(original.Transitions.Count);
        foreach (var (a, b) in copy.Transitions.Zip(original.Transitions))
        {
            (a.From, a.To, a.Action, a.Label, a.RequiresComment, a.Scope)
                .ShouldBe((b.From, b.To, b.Action, b.Label, b.RequiresComment, b.Scope));
            a.AllowedRoles.ShouldBe(b.AllowedRoles);
            a.Guards.ShouldBe(b.Guards);
            a.Effects.ShouldBe(b.Effects);
        }

        WorkflowDefinitionJson.Serialize(copy).ShouldBe(json);
        WorkflowDefinitionValidator.Validate(copy, GuardRegistry.Default).ShouldBeEmpty();
    }

    [Fact]
    public void Json_IsReadable_WithVietnameseText_AndEnumsAsStrings()
    {
        var json = WorkflowDefinitionJson.Serialize(DefaultWorkflows.ProvincialNomination);

        json.ShouldContain("\"label\": \"Gửi hồ sơ\"");
        json.ShouldContain("\"clock\": \"Paused\"");
        json.ShouldContain("\"scope\": \"Tenant\"");
        json.ShouldNotContain("clockRuns");
    }

    [Fact]
    public void Deserialize_Refuses_AStateWithoutCode()
    {
        const string json = """
            {"code":"x","version":1,"subjectKind":"k","name":"n","states":[{"label":"Nháp"}],"transitions":[]}
            """;

        Should.Throw<JsonException>(() => WorkflowDefinitionJson.Deserialize(json));
    }
}
