using ThiDuaKhenThuong.Domain.Identity;
using ThiDuaKhenThuong.Domain.Workflow;
using static ThiDuaKhenThuong.Domain.Tests.Workflow.WorkflowTestData;

namespace ThiDuaKhenThuong.Domain.Tests.Workflow;

public sealed class DefaultWorkflowsTests
{
    private static readonly WorkflowDefinition Provincial = DefaultWorkflows.ProvincialNomination;

    public static TheoryData<string> DefinitionCodes() =>
        [DefaultWorkflows.ProvincialNominationCode, DefaultWorkflows.UnitAwardCode];

    [Theory]
    [MemberData(nameof(DefinitionCodes))]
    public void SeededDefinition_IsValid(string code) =>
        WorkflowDefinitionValidator.Validate(Definition(code), GuardRegistry.Default).ShouldBeEmpty();

    [Theory]
    [MemberData(nameof(DefinitionCodes))]
    public void ReturnRejectAndWithdrawActions_RequireAComment(string code)
    {
        string[] mustExplain =
        [
            WorkflowActions.ReturnToDrafter, WorkflowActions.RequestSupplement, WorkflowActions.Reject,
            WorkflowActions.Withdraw, WorkflowActions.Reappraise, WorkflowActions.ReturnToStandingAgency,
        ];

        foreach (var t in Definition(code).Transitions)
        {
            t.RequiresComment.ShouldBe(mustExplain.Contains(t.Action), $"{t.From} / {t.Action}");
        }
    }

    [Theory]
    [MemberData(nameof(DefinitionCodes))]
    public void EveryLabel_IsVietnamese(string code)
    {
        var definition = Definition(code);
        definition.Name.ShouldBeVietnamese();
        definition.States.ShouldAllBe(s => s.Label.Length > 0);
        foreach (var label in definition.States.Select(s => s.Label).Concat(definition.Transitions.Select(t => t.Label)))
        {
            label.ShouldBeVietnamese();
        }
    }

    [Fact]
    public void Provincial_TimesTheAppraisal_AndPausesWhileWaitingForSupplement()
    {
        Provincial.FindState(WorkflowStates.Received)!.StepLimitWorkingDays.ShouldBe(20);
        Provincial.FindState(WorkflowStates.UnderReview)!.ClockRuns.ShouldBeTrue();
        Provincial.FindState(WorkflowStates.ReturnedForSupplement)!.ClockRuns.ShouldBeFalse();
        Provincial.FindState(WorkflowStates.ReturnedForSupplement)!.Clock.ShouldBe(StateClock.Paused);
    }

    [Fact]
    public void Provincial_UnitSteps_AreForTheOwningUnit_AndAgencySteps_ForTheWholeTenant()
    {
        foreach (var t in Provincial.Transitions)
        {
            var unitRoles = t.AllowedRoles.All(r => r is Roles.UnitStaff or Roles.UnitLeader);
            t.Scope.ShouldBe(unitRoles ? TransitionScope.OwnUnit : TransitionScope.Tenant, $"{t.From} / {t.Action}");
        }
    }

    [Fact]
    public void Provincial_HappyPath_WithTheRightPeople_EndsDecided()
    {
        var instance = Start(Provincial);

        Walk(instance,
            (WorkflowActions.SubmitToLeader, Roles.UnitStaff),
            (WorkflowActions.Send, Roles.UnitLeader),
            (WorkflowActions.Receive, Roles.StandingOfficer),
            (WorkflowActions.StartReview, Roles.StandingOfficer),
            (WorkflowActions.RequestSupplement, Roles.StandingOfficer),
            (WorkflowActions.Resubmit, Roles.UnitStaff),
            (WorkflowActions.Receive, Roles.StandingOfficer),
            (WorkflowActions.StartReview, Roles.StandingOfficer),
            (WorkflowActions.PublishForComment, Roles.StandingHead),
            (WorkflowActions.SubmitToCouncil, Roles.StandingHead),
            (WorkflowActions.RecordVote, Roles.StandingOfficer),
            (WorkflowActions.ForwardForDecision, Roles.StandingHead),
            (WorkflowActions.Decide, Roles.Leader));

        instance.State.ShouldBe(WorkflowStates.Decided);
    }

    [Fact]
    public void Provincial_CentralAward_IsForwardedAndRecorded()
    {
        var instance = InState(Provincial, WorkflowStates.CouncilVoted);

        Walk(instance,
            (WorkflowActions.ForwardForDecision, Roles.StandingHead),
            (WorkflowActions.ForwardToCentral, Roles.Leader),
            (WorkflowActions.RecordCentralDecision, Roles.StandingOfficer));

        instance.State.ShouldBe(WorkflowStates.CentralDecided);
    }

    [Fact]
    public void UnitAward_HappyPath_EndsRecorded()
    {
        var definition = DefaultWorkflows.UnitAward;
        var instance = Start(definition);

        foreach (var (action, role) in new[]
        {
            (WorkflowActions.SubmitToLeader, Roles.UnitStaff),
            (WorkflowActions.ReturnToDrafter, Roles.UnitLeader),
            (WorkflowActions.SubmitToLeader, Roles.UnitStaff),
            (WorkflowActions.Approve, Roles.UnitLeader),
            (WorkflowActions.RecordDecision, Roles.UnitStaff),
        })
        {
            Move(definition, instance, action, ActorFor(role), Now);
        }

        instance.State.ShouldBe(WorkflowStates.Recorded);
    }

    private static void Walk(WorkflowInstance instance, params (string Action, string Role)[] steps)
    {
        foreach (var (action, role) in steps)
        {
            Move(Provincial, instance, action, ActorFor(role), Now);
        }
    }
}
