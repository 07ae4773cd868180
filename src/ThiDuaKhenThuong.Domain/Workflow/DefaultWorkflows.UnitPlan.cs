using ThiDuaKhenThuong.Domain.Identity;
using static ThiDuaKhenThuong.Domain.Workflow.WorkflowStates;

namespace ThiDuaKhenThuong.Domain.Workflow;

public static partial class DefaultWorkflows
{
    /// <summary>
    /// A unit's annual emulation plan: its staff prepare it, its leader sends it to the Standing Agency, which accepts
    /// it or returns it with comments; a returned plan is corrected and sent again.
    /// </summary>
    public static WorkflowDefinition UnitPlan { get; } = new()
    {
        Code = UnitPlanCode,
        Version = 1,
        SubjectKind = SubjectKinds.UnitPlan,
        Name = "Kế hoạch thi đua, khen thưởng của đơn vị",
        States =
        [
            new() { Code = Draft, Label = "Đang soạn thảo", IsInitial = true },
            new() { Code = Submitted, Label = "Đã gửi, chờ tiếp nhận" },
            new() { Code = Returned, Label = "Bị trả lại, chờ đơn vị gửi lại" },
            new() { Code = Accepted, Label = "Đã tiếp nhận", IsTerminal = true },
        ],
        Transitions =
        [
            Unit(Draft, Submitted, WorkflowActions.Send, "Gửi kế hoạch", [Roles.UnitLeader]) with
            {
                Effects = [WorkflowEffects.NotifyStandingAgency],
            },
            Unit(Returned, Submitted, WorkflowActions.Resubmit, "Gửi lại kế hoạch", [Roles.UnitLeader]) with
            {
                Effects = [WorkflowEffects.NotifyStandingAgency],
            },
            Agency(Submitted, Accepted, WorkflowActions.Accept, "Tiếp nhận kế hoạch", [Roles.StandingOfficer]) with
            {
                Effects = [WorkflowEffects.NotifyUnit],
            },
            Agency(Submitted, Returned, WorkflowActions.ReturnToUnit, "Trả lại kế hoạch", [Roles.StandingOfficer]) with
            {
                RequiresComment = true,
                Effects = [WorkflowEffects.NotifyUnit],
            },
        ],
    };
}
