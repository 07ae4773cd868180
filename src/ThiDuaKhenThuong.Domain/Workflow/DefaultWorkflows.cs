using ThiDuaKhenThuong.Domain.Identity;
using static ThiDuaKhenThuong.Domain.Workflow.WorkflowStates;

namespace ThiDuaKhenThuong.Domain.Workflow;

/// <summary>
/// The routes a new tenant starts with (DOMAIN.md §5). They are seed data: a tenant copies and adapts them, publishing
/// its own versions; these objects are never changed in place once version 1 is in use.
/// </summary>
public static partial class DefaultWorkflows
{
    public const string ProvincialNominationCode = "provincial-nomination";
    public const string UnitAwardCode = "unit-award";
    public const string UnitPlanCode = "unit-plan";

    /// <summary>Working days for the provincial appraisal, counted from receipt [verify: 30 when other bodies must concur].</summary>
    public const int AppraisalWorkingDays = 20;

    public static IReadOnlyList<WorkflowDefinition> All => [ProvincialNomination, UnitAward, UnitPlan];

    /// <summary>The short route inside a unit for LĐTT, CSTĐCS and Giấy khen, ending with the unit's recorded decision.</summary>
    public static WorkflowDefinition UnitAward { get; } = new()
    {
        Code = UnitAwardCode,
        Version = 1,
        SubjectKind = SubjectKinds.UnitAwardDossier,
        Name = "Khen thưởng cấp đơn vị",
        States =
        [
            new() { Code = Draft, Label = "Đang soạn thảo", IsInitial = true },
            new() { Code = AwaitingUnitApproval, Label = "Chờ thủ trưởng đơn vị duyệt" },
            new() { Code = Approved, Label = "Đã duyệt, chờ ghi nhận quyết định" },
            new() { Code = Recorded, Label = "Đã ghi nhận quyết định", IsTerminal = true },
            new() { Code = Rejected, Label = "Không được duyệt", IsTerminal = true },
            new() { Code = Withdrawn, Label = "Đã hủy", IsTerminal = true },
        ],
        Transitions =
        [
            Unit(Draft, AwaitingUnitApproval, WorkflowActions.SubmitToLeader, "Trình thủ trưởng", [Roles.UnitStaff]) with
            {
                Guards = [BuiltInGuards.DocumentsComplete],
                Effects = [WorkflowEffects.NotifyUnitLeader],
            },
            Unit(Draft, Withdrawn, WorkflowActions.Cancel, "Hủy hồ sơ", [Roles.UnitStaff, Roles.UnitLeader]),
            Unit(AwaitingUnitApproval, Approved, WorkflowActions.Approve, "Phê duyệt", [Roles.UnitLeader]) with
            {
                Guards = [BuiltInGuards.EligibilityChecked],
                Effects = [WorkflowEffects.NotifyUnitStaff],
            },
            Unit(AwaitingUnitApproval, Draft, WorkflowActions.ReturnToDrafter, "Trả lại đơn vị soạn thảo", [Roles.UnitLeader]) with
            {
                RequiresComment = true,
                Effects = [WorkflowEffects.NotifyUnitStaff],
            },
            Unit(AwaitingUnitApproval, Rejected, WorkflowActions.Reject, "Từ chối", [Roles.UnitLeader]) with
            {
                RequiresComment = true,
                Effects = [WorkflowEffects.NotifyUnitStaff],
            },
            Unit(Approved, Recorded, WorkflowActions.RecordDecision, "Ghi nhận quyết định", [Roles.UnitStaff, Roles.UnitLeader]) with
            {
                Effects = [WorkflowEffects.RecordAwards],
            },
        ],
    };

    private static WorkflowTransition Unit(string from, string to, string action, string label, IReadOnlyList<string> roles) =>
        new() { From = from, To = to, Action = action, Label = label, AllowedRoles = roles, Scope = TransitionScope.OwnUnit };

    private static WorkflowTransition Agency(string from, string to, string action, string label, IReadOnlyList<string> roles) =>
        new() { From = from, To = to, Action = action, Label = label, AllowedRoles = roles, Scope = TransitionScope.Tenant };
}
