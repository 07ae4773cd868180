using ThiDuaKhenThuong.Domain.Identity;
using ThiDuaKhenThuong.Domain.Workflow;

namespace ThiDuaKhenThuong.Domain.Tests.Workflow;

public sealed class WorkflowDefinitionValidationTests
{
    private static readonly WorkflowDefinition Valid = DefaultWorkflows.UnitAward;

    [Fact]
    public void Validate_Refuses_NoInitialState() =>
        Errors(Valid with { States = [.. Valid.States.Select(s => s with { IsInitial = false })] })
            .ShouldContain("Quy trình phải có đúng một trạng thái bắt đầu (hiện có 0).");

    [Fact]
    public void Validate_Refuses_TwoInitialStates() =>
        Errors(Valid with { States = [.. Valid.States.Select(s => s.IsTerminal ? s : s with { IsInitial = true })] })
            .ShouldContain("Quy trình phải có đúng một trạng thái bắt đầu (hiện có 3).");

    [Fact]
    public void Validate_Refuses_TransitionToUnknownState() =>
        Errors(WithExtra(Transition(WorkflowStates.Draft, "Nowhere", "go")))
            .ShouldContain("Thao tác \"go\" (Draft → Nowhere) đi tới trạng thái không có trong quy trình: \"Nowhere\".");

    [Fact]
    public void Validate_Refuses_TransitionFromUnknownState() =>
        Errors(WithExtra(Transition("Limbo", WorkflowStates.Draft, "go")))
            .ShouldContain("Thao tác \"go\" (Limbo → Draft) đi từ trạng thái không có trong quy trình: \"Limbo\".");

    [Fact]
    public void Validate_Refuses_TransitionOutOfTerminalState() =>
        Errors(WithExtra(Transition(WorkflowStates.Recorded, WorkflowStates.Draft, "reopen")))
            .ShouldContain("Không được có thao tác \"reopen\" (Recorded → Draft) đi ra từ trạng thái kết thúc \"Recorded\".");

    [Fact]
    public void Validate_Refuses_DuplicateActionFromTheSameState() =>
        Errors(WithExtra(Transition(WorkflowStates.Draft, WorkflowStates.Rejected, WorkflowActions.Cancel)))
            .ShouldContain("Thao tác \"cancel\" bị khai báo hai lần cho trạng thái \"Draft\".");

    [Fact]
    public void Validate_Refuses_UnknownGuard() =>
        Errors(WithExtra(Transition(WorkflowStates.Draft, WorkflowStates.Approved, "fast") with { Guards = ["magic"] }))
            .ShouldContain("Thao tác \"fast\" (Draft → Approved) dùng điều kiện không tồn tại: \"magic\".");

    [Fact]
    public void Validate_Refuses_UnknownRole_AndNoRole()
    {
        var errors = Errors(WithExtra(
            Transition(WorkflowStates.Draft, WorkflowStates.Approved, "a") with { AllowedRoles = ["Janitor"] },
            Transition(WorkflowStates.Draft, WorkflowStates.Approved, "b") with { AllowedRoles = [] }));

        errors.ShouldContain("Thao tác \"a\" (Draft → Approved) nêu vai trò không tồn tại: \"Janitor\".");
        errors.ShouldContain("Thao tác \"b\" (Draft → Approved) chưa nêu vai trò được phép thực hiện.");
    }

    [Fact]
    public void Validate_Refuses_UnreachableState_AndDeadEnd()
    {
        var errors = Errors(Valid with
        {
            States = [.. Valid.States, new WorkflowState { Code = "Orphan", Label = "Mồ côi" }],
        });

        errors.ShouldContain("Trạng thái \"Orphan\" không thể tới được từ trạng thái bắt đầu.");
        errors.ShouldContain("Trạng thái \"Orphan\" không phải trạng thái kết thúc nhưng không có thao tác nào đi ra.");
    }

    [Fact]
    public void Validate_Refuses_DuplicateStateCodes_EmptyLabels_AndBadStepLimits()
    {
        var errors = Errors(Valid with
        {
            States =
            [
                .. Valid.States.Select(s => s.Code == WorkflowStates.Approved ? s with { StepLimitWorkingDays = 0 } : s),
                new WorkflowState { Code = WorkflowStates.Draft, Label = " " },
                new WorkflowState { Code = "Closed", Label = "Đóng", IsTerminal = true, StepLimitWorkingDays = 5 },
            ],
        });

        errors.ShouldContain("Mã trạng thái \"Draft\" bị trùng.");
        errors.ShouldContain("Trạng thái \"Draft\" chưa có tên hiển thị.");
        errors.ShouldContain("Thời hạn xử lý của trạng thái \"Approved\" phải lớn hơn 0 ngày làm việc.");
        errors.ShouldContain("Trạng thái kết thúc \"Closed\" không được có thời hạn xử lý.");
    }

    [Fact]
    public void Validate_Refuses_EmptyHeader()
    {
        var errors = Errors(Valid with { Code = "", Version = 0, SubjectKind = " ", Name = "" });

        errors.Count.ShouldBe(4);
        errors.ShouldAllBe(e => e.StartsWith("Quy trình", StringComparison.Ordinal)
            || e.StartsWith("Phiên bản", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_AcceptsGuardsOfACustomRegistry()
    {
        var definition = WithExtra(
            Transition(WorkflowStates.Draft, WorkflowStates.Approved, "fast") with { Guards = ["custom"] });

        WorkflowDefinitionValidator.Validate(definition, GuardRegistry.WithBuiltIns(new AlwaysOk())).ShouldBeEmpty();
    }

    private static List<string> Errors(WorkflowDefinition definition)
    {
        var errors = WorkflowDefinitionValidator.Validate(definition, GuardRegistry.Default).ToList();
        errors.ShouldNotBeEmpty();
        errors.ForEach(e => e.ShouldBeVietnamese());
        return errors;
    }

    private static WorkflowDefinition WithExtra(params WorkflowTransition[] extra) =>
        Valid with { Transitions = [.. Valid.Transitions, .. extra] };

    private static WorkflowTransition Transition(string from, string to, string action) => new()
    {
        From = from,
        To = to,
        Action = action,
        Label = "Chuyển",
        AllowedRoles = [Roles.UnitLeader],
    };

    private sealed class AlwaysOk : IWorkflowGuard
    {
        public string Code => "custom";

        public GuardResult Check(GuardContext context) => GuardResult.Ok;
    }
}
