using ThiDuaKhenThuong.Domain.Identity;
using ThiDuaKhenThuong.Domain.Workflow;
using static ThiDuaKhenThuong.Domain.Tests.Workflow.WorkflowTestData;

namespace ThiDuaKhenThuong.Domain.Tests.Workflow;

/// <summary>What a dossier page offers: the buttons a user may press, and the greyed-out ones with the reason.</summary>
public sealed class PermittedActionsTests
{
    private static readonly WorkflowDefinition Provincial = DefaultWorkflows.ProvincialNomination;

    [Fact]
    public void PermittedActions_ListsOnlyWhatTheActorMayDo()
    {
        var instance = InState(Provincial, WorkflowStates.AwaitingUnitApproval);

        var actions = Engine().PermittedActions(Provincial, instance, ActorFor(Roles.UnitLeader), AllSatisfied, Now);

        actions.Select(a => a.Action).ShouldBe(
            [WorkflowActions.Send, WorkflowActions.ReturnToDrafter, WorkflowActions.Cancel], ignoreOrder: true);
        actions.ShouldAllBe(a => a.IsEnabled && a.DisabledReason == null);
        actions.Single(a => a.Action == WorkflowActions.Send).Label.ShouldBe("Gửi hồ sơ");
    }

    [Fact]
    public void PermittedActions_ShowsDisabledAction_WithGuardReason()
    {
        var instance = InState(Provincial, WorkflowStates.AwaitingUnitApproval);
        var facts = AllSatisfied with { MissingDocuments = ["Biên bản họp Hội đồng TĐKT cơ sở"] };

        var send = Engine().PermittedActions(Provincial, instance, ActorFor(Roles.UnitLeader), facts, Now)
            .Single(a => a.Action == WorkflowActions.Send);

        send.IsEnabled.ShouldBeFalse();
        send.DisabledReason.ShouldBe("Hồ sơ còn thiếu: Biên bản họp Hội đồng TĐKT cơ sở.");
    }

    [Theory]
    [InlineData(Roles.UnitStaff)]
    [InlineData(Roles.UnitLeader)]
    public void PermittedActions_IsEmpty_ForAnotherUnitsPeople(string role)
    {
        var instance = InState(Provincial, WorkflowStates.AwaitingUnitApproval);

        Engine().PermittedActions(Provincial, instance, InUnit(role, OtherUnitId), AllSatisfied, Now).ShouldBeEmpty();
    }

    [Fact]
    public void PermittedActions_IsEmpty_ForAnotherTenant()
    {
        var instance = InState(Provincial, WorkflowStates.Submitted);
        var stranger = new WorkflowActor(Guid.NewGuid(), OtherTenantId, Roles.All, OwnerUnitId);

        Engine().PermittedActions(Provincial, instance, stranger, AllSatisfied, Now).ShouldBeEmpty();
    }

    [Fact]
    public void PermittedActions_IsEmpty_InTerminalState()
    {
        var instance = InState(Provincial, WorkflowStates.Withdrawn);

        Engine().PermittedActions(Provincial, instance, Everyone, AllSatisfied, Now).ShouldBeEmpty();
    }

    [Fact]
    public void PermittedActions_OffersCommentActions_BeforeTheCommentIsTyped()
    {
        var instance = InState(DefaultWorkflows.UnitAward, WorkflowStates.AwaitingUnitApproval);
        var definition = DefaultWorkflows.UnitAward with
        {
            Transitions =
            [
                .. DefaultWorkflows.UnitAward.Transitions.Select(t =>
                    t.Action == WorkflowActions.Reject ? t with { Guards = [BuiltInGuards.CommentGiven] } : t),
            ],
        };

        var reject = Engine().PermittedActions(definition, instance, ActorFor(Roles.UnitLeader), AllSatisfied, Now)
            .Single(a => a.Action == WorkflowActions.Reject);

        reject.IsEnabled.ShouldBeTrue();
        reject.Transition.RequiresComment.ShouldBeTrue();
    }
}
