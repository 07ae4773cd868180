using ThiDuaKhenThuong.Domain.Identity;
using ThiDuaKhenThuong.Domain.Workflow;
using static ThiDuaKhenThuong.Domain.Tests.Workflow.WorkflowTestData;

namespace ThiDuaKhenThuong.Domain.Tests.Workflow;

public sealed class GuardTests
{
    private static readonly WorkflowDefinition Provincial = DefaultWorkflows.ProvincialNomination;

    [Fact]
    public void Apply_Refuses_WhenRequiredDocumentsMissing_NamingThem()
    {
        var instance = InState(Provincial, WorkflowStates.AwaitingUnitApproval);
        var facts = AllSatisfied with { MissingDocuments = ["Tờ trình", "Báo cáo thành tích"] };

        var result = Engine().Apply(
            Provincial, instance, WorkflowActions.Send, ActorFor(Roles.UnitLeader), null, TransitionData.None, facts, Now);

        result.RefusalReason.ShouldBe("Hồ sơ còn thiếu: Tờ trình, Báo cáo thành tích.");
        instance.State.ShouldBe(WorkflowStates.AwaitingUnitApproval);
    }

    [Fact]
    public void Guard_FailsClosed_WhenCallerDidNotSupplyTheFact()
    {
        var instance = InState(Provincial, WorkflowStates.AwaitingUnitApproval);

        var result = Engine().Apply(
            Provincial, instance, WorkflowActions.Send, ActorFor(Roles.UnitLeader), null, TransitionData.None,
            GuardFacts.None, Now);

        result.Succeeded.ShouldBeFalse();
        result.RefusalReason.ShouldBeVietnamese();
    }

    [Fact]
    public void SubmitToCouncil_Refused_UntilEveryNominationIsAppraised()
    {
        var instance = InState(Provincial, WorkflowStates.UnderReview);
        var facts = AllSatisfied with { UnappraisedNominations = ["Nguyễn Văn A"] };

        var result = Engine().Apply(
            Provincial, instance, WorkflowActions.SubmitToCouncil, ActorFor(Roles.StandingHead), null,
            TransitionData.None, facts, Now);

        result.RefusalReason.ShouldBe("Còn đề nghị chưa có kết quả thẩm định: Nguyễn Văn A.");
    }

    [Fact]
    public void SubmitToCouncil_Refused_UntilEligibilityIsChecked()
    {
        var instance = InState(Provincial, WorkflowStates.UnderReview);
        var facts = AllSatisfied with { NominationsWithoutEligibilityCheck = ["Trần Thị B"] };

        var result = Engine().Apply(
            Provincial, instance, WorkflowActions.SubmitToCouncil, ActorFor(Roles.StandingHead), null,
            TransitionData.None, facts, Now);

        result.RefusalReason.ShouldBe("Chưa kiểm tra tiêu chuẩn khen thưởng cho: Trần Thị B.");
    }

    [Fact]
    public void GuardReason_ShortensLongLists()
    {
        var names = Enumerable.Range(1, 8).Select(i => $"Giấy tờ {i}").ToList();
        var context = ContextFor(AllSatisfied with { MissingDocuments = names });

        new DocumentsCompleteGuard().Check(context).Reason
            .ShouldBe("Hồ sơ còn thiếu: Giấy tờ 1, Giấy tờ 2, Giấy tờ 3, Giấy tờ 4, Giấy tờ 5 và 3 mục khác.");
    }

    [Fact]
    public void CommentGuard_Fails_WithoutComment_ButPassesInPreview()
    {
        var guard = new CommentGivenGuard();

        guard.Check(ContextFor(AllSatisfied)).Passed.ShouldBeFalse();
        guard.Check(ContextFor(AllSatisfied) with { Comment = "Đồng ý" }).Passed.ShouldBeTrue();
        guard.Check(ContextFor(AllSatisfied) with { IsPreview = true }).Passed.ShouldBeTrue();
    }

    [Fact]
    public void StepDeadlineGuard_Passes_OnTheDeadlineDay_AndFails_TheDayAfter()
    {
        // Received Monday 2/3/2026: the 20th working day after it is Monday 30/3/2026.
        var instance = InState(Provincial, WorkflowStates.Received);
        instance.DeadlineAt.ShouldBe(new DateOnly(2026, 3, 30));
        var guard = new StepDeadlineNotPassedGuard();

        guard.Check(ContextFor(AllSatisfied, instance) with { Today = new DateOnly(2026, 3, 30) }).Passed.ShouldBeTrue();
        guard.Check(ContextFor(AllSatisfied, instance) with { Today = new DateOnly(2026, 3, 31) }).Reason
            .ShouldBe("Đã quá hạn xử lý của bước này (hạn 30/03/2026).");
    }

    [Fact]
    public void CustomGuard_IsLookedUpByCode_AndItsReasonReachesTheUser()
    {
        var definition = WithGuardOnSubmit("council-quorum");
        var engine = new WorkflowEngine(GuardRegistry.WithBuiltIns(new QuorumGuard()), Calendar);
        var instance = engine.Start(definition, Guid.NewGuid(), TenantId, SubjectId, OwnerUnitId, Now);

        var refused = engine.Apply(
            definition, instance, WorkflowActions.SubmitToLeader, ActorFor(Roles.UnitStaff), null,
            TransitionData.None, AllSatisfied, Now);
        var passed = engine.Apply(
            definition, instance, WorkflowActions.SubmitToLeader, ActorFor(Roles.UnitStaff), null,
            TransitionData.None, AllSatisfied with { Extra = new Dictionary<string, string> { ["quorum"] = "yes" } }, Now);

        refused.RefusalReason.ShouldBe("Chưa đủ số thành viên dự họp.");
        passed.Succeeded.ShouldBeTrue();
    }

    [Fact]
    public void Apply_Refuses_WhenDefinitionNamesAGuardTheApplicationLacks()
    {
        var definition = WithGuardOnSubmit("no-such-guard");
        var instance = Engine().Start(definition, Guid.NewGuid(), TenantId, SubjectId, OwnerUnitId, Now);

        var result = Engine().Apply(
            definition, instance, WorkflowActions.SubmitToLeader, ActorFor(Roles.UnitStaff), null,
            TransitionData.None, AllSatisfied, Now);

        result.Succeeded.ShouldBeFalse();
        result.RefusalReason.ShouldContain("no-such-guard");
    }

    [Fact]
    public void Registry_KnowsEveryBuiltIn_AndRefusesDuplicateCodes()
    {
        GuardRegistry.Default.Codes.ShouldBe(
            [
                BuiltInGuards.CommentGiven, BuiltInGuards.DocumentsComplete, BuiltInGuards.NominationsAppraised,
                BuiltInGuards.EligibilityChecked, BuiltInGuards.StepDeadlineNotPassed,
            ],
            ignoreOrder: true);
        GuardRegistry.Default.TryGet(BuiltInGuards.DocumentsComplete, out var guard).ShouldBeTrue();
        guard.ShouldBeOfType<DocumentsCompleteGuard>();
        Should.Throw<ArgumentException>(() => GuardRegistry.WithBuiltIns(new CommentGivenGuard()));
    }

    private static WorkflowDefinition WithGuardOnSubmit(string guardCode) =>
        DefaultWorkflows.UnitAward with
        {
            Transitions =
            [
                .. DefaultWorkflows.UnitAward.Transitions.Select(t =>
                    t.Action == WorkflowActions.SubmitToLeader ? t with { Guards = [guardCode] } : t),
            ],
        };

    private static GuardContext ContextFor(GuardFacts facts, WorkflowInstance? instance = null) => new()
    {
        Instance = instance ?? Start(Provincial),
        Transition = Provincial.Transitions[0],
        Actor = Everyone,
        Today = DateOnly.FromDateTime(Now.DateTime),
        Facts = facts,
    };

    private sealed class QuorumGuard : IWorkflowGuard
    {
        public string Code => "council-quorum";

        public GuardResult Check(GuardContext context) =>
            context.Facts.Extra.TryGetValue("quorum", out var value) && value == "yes"
                ? GuardResult.Ok
                : GuardResult.Fail("Chưa đủ số thành viên dự họp.");
    }
}
