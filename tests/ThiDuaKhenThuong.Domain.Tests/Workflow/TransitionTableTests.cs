using ThiDuaKhenThuong.Domain.Identity;
using ThiDuaKhenThuong.Domain.Workflow;
using static ThiDuaKhenThuong.Domain.Tests.Workflow.WorkflowTestData;

namespace ThiDuaKhenThuong.Domain.Tests.Workflow;

/// <summary>
/// Every (state, action, role) of both seeded definitions: the combinations the definition allows move the dossier to
/// the target state; every other one is refused with a Vietnamese reason and leaves the dossier where it was.
/// </summary>
public sealed class TransitionTableTests
{
    public static TheoryData<string, string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var definition in DefaultWorkflows.All)
        {
            var actions = definition.Transitions.Select(t => t.Action).Distinct().Order(StringComparer.Ordinal).ToList();
            foreach (var state in definition.States)
            {
                foreach (var action in actions)
                {
                    foreach (var role in Roles.All)
                    {
                        data.Add(definition.Code, state.Code, action, role);
                    }
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Apply_MovesToTarget_OnlyWhenDefinitionAllowsRoleInState(
        string definitionCode, string state, string action, string role)
    {
        var definition = Definition(definitionCode);
        var instance = InState(definition, state);
        var transition = definition.FindTransition(state, action);
        var allowed = transition is not null && transition.AllowedRoles.Contains(role);

        var result = Engine().Apply(
            definition, instance, action, ActorFor(role), "Lý do cụ thể", TransitionData.None, AllSatisfied, Now);

        if (allowed)
        {
            result.Succeeded.ShouldBeTrue(result.RefusalReason);
            result.ToState.ShouldBe(transition!.To);
            instance.State.ShouldBe(transition.To);
            result.History!.ActorRole.ShouldBe(role);
        }
        else
        {
            result.Succeeded.ShouldBeFalse();
            result.RefusalReason.ShouldBeVietnamese();
            instance.State.ShouldBe(state);
        }
    }

    [Fact]
    public void Table_CoversEveryTransitionOfBothDefinitions()
    {
        var covered = Cases()
            .Select(row => (Definition: (string)row[0], State: (string)row[1], Action: (string)row[2]))
            .ToHashSet();

        foreach (var definition in DefaultWorkflows.All)
        {
            foreach (var t in definition.Transitions)
            {
                covered.ShouldContain((definition.Code, t.From, t.Action));
            }
        }
    }
}
