using ThiDuaKhenThuong.Domain.Identity;
using ThiDuaKhenThuong.Domain.Workflow;

namespace ThiDuaKhenThuong.Domain.Tests.Workflow;

public sealed class WorkflowDiagramTests
{
    public static TheoryData<string> DefinitionCodes() =>
        [DefaultWorkflows.ProvincialNominationCode, DefaultWorkflows.UnitAwardCode];

    [Theory]
    [MemberData(nameof(DefinitionCodes))]
    public void Mermaid_DrawsEveryStateAndTransition(string code)
    {
        var definition = DefaultWorkflows.All.Single(d => d.Code == code);

        var mermaid = WorkflowDiagram.ToMermaid(definition);
        var lines = mermaid.Split('\n').Select(l => l.Trim()).ToHashSet();

        mermaid.ShouldStartWith("stateDiagram-v2\n");
        lines.ShouldContain($"[*] --> {definition.InitialState!.Code}");
        foreach (var state in definition.States)
        {
            lines.ShouldContain($"state \"{state.Label}\" as {state.Code}");
        }

        foreach (var t in definition.Transitions)
        {
            lines.ShouldContain($"{t.From} --> {t.To} : {t.Label}");
        }

        lines.Count(l => l.Contains("-->", StringComparison.Ordinal) && !l.Contains("[*]", StringComparison.Ordinal))
            .ShouldBe(definition.Transitions.Count);
    }

    [Theory]
    [MemberData(nameof(DefinitionCodes))]
    public void Dot_DrawsEveryTransition(string code)
    {
        var definition = DefaultWorkflows.All.Single(d => d.Code == code);

        var dot = WorkflowDiagram.ToDot(definition);

        dot.ShouldStartWith($"digraph \"{code}\" {{");
        foreach (var t in definition.Transitions)
        {
            dot.ShouldContain($"\"{t.From}\" -> \"{t.To}\" [label=\"{t.Label}\"];");
        }
    }

    [Fact]
    public void Labels_WithQuotesAndColons_AreEscaped()
    {
        var definition = DefaultWorkflows.UnitAward with
        {
            States =
            [
                .. DefaultWorkflows.UnitAward.States.Select(s =>
                    s.Code == WorkflowStates.Approved ? s with { Label = "Đã duyệt \"tạm\": chờ" } : s),
            ],
            Transitions =
            [
                .. DefaultWorkflows.UnitAward.Transitions,
                new WorkflowTransition
                {
                    From = WorkflowStates.Approved,
                    To = WorkflowStates.Draft,
                    Action = "reopen",
                    Label = "Mở lại \"nháp\"; sửa #2",
                    AllowedRoles = [Roles.UnitLeader],
                },
            ],
        };

        var mermaid = WorkflowDiagram.ToMermaid(definition);
        var dot = WorkflowDiagram.ToDot(definition);

        mermaid.ShouldContain("state \"Đã duyệt #quot;tạm#quot;#58; chờ\" as Approved");
        mermaid.ShouldContain("Approved --> Draft : Mở lại #quot;nháp#quot;#59; sửa #35;2");
        dot.ShouldContain("[label=\"Đã duyệt \\\"tạm\\\": chờ\"]");
        dot.ShouldContain("[label=\"Mở lại \\\"nháp\\\"; sửa #2\"]");
    }
}
