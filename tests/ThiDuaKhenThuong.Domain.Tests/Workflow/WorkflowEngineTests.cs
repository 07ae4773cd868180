using ThiDuaKhenThuong.Domain.Identity;
using ThiDuaKhenThuong.Domain.Workflow;
using static ThiDuaKhenThuong.Domain.Tests.Workflow.WorkflowTestData;

namespace ThiDuaKhenThuong.Domain.Tests.Workflow;

public sealed class WorkflowEngineTests
{
    private static readonly WorkflowDefinition Provincial = DefaultWorkflows.ProvincialNomination;

    [Fact]
    public void Start_PutsInstanceInInitialState_PinnedToDefinitionVersion()
    {
        var instance = Start(Provincial);

        instance.State.ShouldBe(WorkflowStates.Draft);
        instance.DefinitionCode.ShouldBe(DefaultWorkflows.ProvincialNominationCode);
        instance.DefinitionVersion.ShouldBe(1);
        instance.SubjectKind.ShouldBe(SubjectKinds.NominationDossier);
        instance.OwnerUnitId.ShouldBe(OwnerUnitId);
        instance.DeadlineAt.ShouldBeNull();
    }

    [Fact]
    public void Apply_Sends_AndReturnsHistoryRowAndEffects()
    {
        var instance = InState(Provincial, WorkflowStates.AwaitingUnitApproval);
        var leader = ActorFor(Roles.UnitLeader);
        var data = new TransitionData { ClientIp = "203.0.113.7", EvidenceHashes = [new string('A', 64)] };

        var result = Engine().Apply(Provincial, instance, WorkflowActions.Send, leader, "  Kính gửi  ", data, AllSatisfied, Now);

        result.Succeeded.ShouldBeTrue();
        result.FromState.ShouldBe(WorkflowStates.AwaitingUnitApproval);
        result.ToState.ShouldBe(WorkflowStates.Submitted);
        result.Effects.ShouldBe([WorkflowEffects.NotifyStandingAgency]);
        instance.State.ShouldBe(WorkflowStates.Submitted);
        instance.StateEnteredAt.ShouldBe(Now.ToUniversalTime());

        var history = result.History;
        history.TenantId.ShouldBe(TenantId);
        history.SubjectId.ShouldBe(SubjectId);
        history.FromState.ShouldBe(WorkflowStates.AwaitingUnitApproval);
        history.ToState.ShouldBe(WorkflowStates.Submitted);
        history.Action.ShouldBe(WorkflowActions.Send);
        history.ActorId.ShouldBe(leader.UserId);
        history.ActorRole.ShouldBe(Roles.UnitLeader);
        history.ActorUnitId.ShouldBe(OwnerUnitId);
        history.OccurredAt.Offset.ShouldBe(TimeSpan.Zero);
        history.Comment.ShouldBe("Kính gửi");
        history.ClientIp.ShouldBe("203.0.113.7");
        history.EvidenceHashes.ShouldBe([new string('a', 64)]);
        history.Sequence.ShouldBe(0);
        history.Hash.ShouldBeEmpty();
    }

    [Fact]
    public void Apply_Refuses_WhenRoleNotAllowed()
    {
        var instance = InState(Provincial, WorkflowStates.AwaitingUnitApproval);

        var result = Engine().Apply(
            Provincial, instance, WorkflowActions.Send, ActorFor(Roles.UnitStaff), null, TransitionData.None, AllSatisfied, Now);

        result.Succeeded.ShouldBeFalse();
        result.RefusalReason.ShouldContain("Thủ trưởng đơn vị");
        instance.State.ShouldBe(WorkflowStates.AwaitingUnitApproval);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Apply_Refuses_ReturnWithoutComment(string? comment)
    {
        var instance = InState(Provincial, WorkflowStates.AwaitingUnitApproval);

        var result = Engine().Apply(
            Provincial, instance, WorkflowActions.ReturnToDrafter, ActorFor(Roles.UnitLeader), comment,
            TransitionData.None, AllSatisfied, Now);

        result.Succeeded.ShouldBeFalse();
        result.RefusalReason.ShouldBe("Thao tác \"Trả lại đơn vị soạn thảo\" cần ghi rõ lý do trong ô ý kiến.");
        instance.State.ShouldBe(WorkflowStates.AwaitingUnitApproval);
    }

    [Fact]
    public void Apply_Returns_WhenCommentGiven()
    {
        var instance = InState(Provincial, WorkflowStates.AwaitingUnitApproval);

        var result = Engine().Apply(
            Provincial, instance, WorkflowActions.ReturnToDrafter, ActorFor(Roles.UnitLeader), "Thiếu báo cáo thành tích",
            TransitionData.None, AllSatisfied, Now);

        result.Succeeded.ShouldBeTrue();
        instance.State.ShouldBe(WorkflowStates.Draft);
        result.History.Comment.ShouldBe("Thiếu báo cáo thành tích");
    }

    [Fact]
    public void Apply_Refuses_OtherUnitsLeader_OnOwnUnitTransition()
    {
        var instance = InState(Provincial, WorkflowStates.AwaitingUnitApproval);

        var result = Engine().Apply(
            Provincial, instance, WorkflowActions.Send, InUnit(Roles.UnitLeader, OtherUnitId), null,
            TransitionData.None, AllSatisfied, Now);

        result.Succeeded.ShouldBeFalse();
        result.RefusalReason.ShouldBe("Chỉ cán bộ của đơn vị sở hữu hồ sơ mới được thực hiện thao tác \"Gửi hồ sơ\".");
        instance.State.ShouldBe(WorkflowStates.AwaitingUnitApproval);
    }

    [Fact]
    public void Apply_Refuses_LeaderWithoutUnit_OnOwnUnitTransition()
    {
        var instance = InState(Provincial, WorkflowStates.AwaitingUnitApproval);
        var leader = new WorkflowActor(Guid.NewGuid(), TenantId, [Roles.UnitLeader], UnitId: null);

        Engine().Apply(Provincial, instance, WorkflowActions.Send, leader, null, TransitionData.None, AllSatisfied, Now)
            .Succeeded.ShouldBeFalse();
    }

    [Fact]
    public void Apply_Allows_StandingOfficer_OnAnyUnitsDossier()
    {
        var instance = InState(Provincial, WorkflowStates.Submitted);

        var result = Engine().Apply(
            Provincial, instance, WorkflowActions.Receive, InUnit(Roles.StandingOfficer, StandingAgencyUnitId), null,
            TransitionData.None, AllSatisfied, Now);

        result.Succeeded.ShouldBeTrue();
        instance.State.ShouldBe(WorkflowStates.Received);
    }

    [Fact]
    public void Apply_Refuses_ActorOfAnotherTenant()
    {
        var instance = InState(Provincial, WorkflowStates.Submitted);
        var stranger = new WorkflowActor(Guid.NewGuid(), OtherTenantId, [Roles.StandingOfficer], StandingAgencyUnitId);

        var result = Engine().Apply(
            Provincial, instance, WorkflowActions.Receive, stranger, null, TransitionData.None, AllSatisfied, Now);

        result.Succeeded.ShouldBeFalse();
        result.RefusalReason.ShouldBe("Hồ sơ không thuộc tỉnh của bạn.");
    }

    [Fact]
    public void Apply_Refuses_WhenInstanceIsPinnedToAnotherVersion()
    {
        var instance = InState(Provincial, WorkflowStates.Draft);
        var version2 = Provincial with { Version = 2 };

        var result = Engine().Apply(
            version2, instance, WorkflowActions.SubmitToLeader, ActorFor(Roles.UnitStaff), null,
            TransitionData.None, AllSatisfied, Now);

        result.Succeeded.ShouldBeFalse();
        result.RefusalReason.ShouldContain("phiên bản 1");
    }

    [Fact]
    public void Apply_Refuses_InTerminalState()
    {
        var instance = InState(Provincial, WorkflowStates.Decided);

        var result = Engine().Apply(
            Provincial, instance, WorkflowActions.Decide, ActorFor(Roles.Leader), null, TransitionData.None, AllSatisfied, Now);

        result.RefusalReason.ShouldBe(
            "Hồ sơ đã kết thúc ở trạng thái \"Đã có quyết định khen thưởng\"; không thể thực hiện thêm thao tác.");
    }

    [Theory]
    [InlineData("no-such-action")]
    [InlineData("")]
    public void Apply_Refuses_UnknownAction(string action)
    {
        var instance = InState(Provincial, WorkflowStates.Draft);

        var result = Engine().Apply(
            Provincial, instance, action, ActorFor(Roles.UnitStaff), null, TransitionData.None, AllSatisfied, Now);

        result.Succeeded.ShouldBeFalse();
        result.RefusalReason.ShouldContain("không áp dụng cho hồ sơ đang ở trạng thái \"Đang soạn thảo\"");
    }

    [Fact]
    public void Apply_Refuses_MalformedEvidenceHash()
    {
        var instance = InState(Provincial, WorkflowStates.AwaitingUnitApproval);
        var data = new TransitionData { EvidenceHashes = ["not-a-hash"] };

        var result = Engine().Apply(
            Provincial, instance, WorkflowActions.Send, ActorFor(Roles.UnitLeader), null, data, AllSatisfied, Now);

        result.Succeeded.ShouldBeFalse();
        result.RefusalReason.ShouldBeVietnamese();
    }

    [Fact]
    public void Apply_StoresTimeInUtc_TruncatedToMicroseconds()
    {
        var instance = InState(Provincial, WorkflowStates.Draft);
        var now = Now.AddTicks(7); // 700 ns: below PostgreSQL's precision

        var result = Engine().Apply(
            Provincial, instance, WorkflowActions.SubmitToLeader, ActorFor(Roles.UnitStaff), null,
            TransitionData.None, AllSatisfied, now);

        result.History!.OccurredAt.ShouldBe(Now.ToUniversalTime());
        result.History.OccurredAt.Offset.ShouldBe(TimeSpan.Zero);
        instance.StateEnteredAt.ShouldBe(Now.ToUniversalTime());
    }

    [Fact]
    public void Apply_RecordsTheFirstAllowedRoleTheActorHolds()
    {
        var instance = InState(Provincial, WorkflowStates.Draft);
        var both = new WorkflowActor(Guid.NewGuid(), TenantId, [Roles.UnitLeader, Roles.UnitStaff], OwnerUnitId);

        var result = Engine().Apply(
            Provincial, instance, WorkflowActions.Cancel, both, null, TransitionData.None, AllSatisfied, Now);

        result.History!.ActorRole.ShouldBe(Roles.UnitStaff); // the definition lists UnitStaff first
    }
}
