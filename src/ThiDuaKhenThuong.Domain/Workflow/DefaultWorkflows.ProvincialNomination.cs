using ThiDuaKhenThuong.Domain.Identity;
using static ThiDuaKhenThuong.Domain.Workflow.WorkflowStates;

namespace ThiDuaKhenThuong.Domain.Workflow;

public static partial class DefaultWorkflows
{
    // A property, not a field: static initialisers of a partial class run in an unspecified order across files.
    private static IReadOnlyList<string> AppraisalDone => [BuiltInGuards.NominationsAppraised, BuiltInGuards.EligibilityChecked];

    /// <summary>
    /// A unit's nomination dossier to the province: drafted and approved in the unit, received and appraised by the
    /// Standing Agency (20 working days, paused while the unit supplements), optionally disclosed for comment, voted on
    /// by the council, decided by the provincial leader, or forwarded to central level.
    /// </summary>
    public static WorkflowDefinition ProvincialNomination { get; } = new()
    {
        Code = ProvincialNominationCode,
        Version = 1,
        SubjectKind = SubjectKinds.NominationDossier,
        Name = "Hồ sơ đề nghị khen thưởng cấp tỉnh",
        States =
        [
            new() { Code = Draft, Label = "Đang soạn thảo", IsInitial = true },
            new() { Code = AwaitingUnitApproval, Label = "Chờ thủ trưởng đơn vị duyệt" },

            // Paused, not stopped: a supplemented dossier waits here for reception with its appraisal days kept.
            new() { Code = Submitted, Label = "Đã gửi, chờ tiếp nhận", Clock = StateClock.Paused },
            new()
            {
                Code = Received,
                Label = "Đã tiếp nhận",
                Clock = StateClock.Runs,
                StepLimitWorkingDays = AppraisalWorkingDays,
            },
            new() { Code = UnderReview, Label = "Đang thẩm định", Clock = StateClock.Runs },
            new() { Code = ReturnedForSupplement, Label = "Chờ đơn vị bổ sung hồ sơ", Clock = StateClock.Paused },
            new() { Code = PublicComment, Label = "Đang công khai lấy ý kiến" },
            new() { Code = AwaitingCouncil, Label = "Chờ Hội đồng xét" },
            new() { Code = CouncilVoted, Label = "Hội đồng đã bỏ phiếu" },
            new() { Code = AwaitingDecision, Label = "Chờ ký quyết định" },
            new() { Code = Decided, Label = "Đã có quyết định khen thưởng", IsTerminal = true },
            new() { Code = Rejected, Label = "Không được đề nghị khen thưởng", IsTerminal = true },
            new() { Code = Withdrawn, Label = "Đã rút hồ sơ", IsTerminal = true },
            new() { Code = ForwardedToCentral, Label = "Đã trình cấp Trung ương" },
            new() { Code = CentralDecided, Label = "Trung ương đã quyết định", IsTerminal = true },
        ],
        Transitions =
        [
            .. UnitSteps(),
            .. ReceptionSteps(),
            .. AppraisalSteps(),
            .. CouncilAndDecisionSteps(),
        ],
    };

    private static IEnumerable<WorkflowTransition> UnitSteps() =>
    [
        Unit(Draft, AwaitingUnitApproval, WorkflowActions.SubmitToLeader, "Trình thủ trưởng", [Roles.UnitStaff]) with
        {
            Guards = [BuiltInGuards.DocumentsComplete],
            Effects = [WorkflowEffects.NotifyUnitLeader],
        },
        Unit(Draft, Withdrawn, WorkflowActions.Cancel, "Hủy hồ sơ", [Roles.UnitStaff, Roles.UnitLeader]),
        Unit(AwaitingUnitApproval, Submitted, WorkflowActions.Send, "Gửi hồ sơ", [Roles.UnitLeader]) with
        {
            Guards = [BuiltInGuards.DocumentsComplete],
            Effects = [WorkflowEffects.NotifyStandingAgency],
        },
        Unit(AwaitingUnitApproval, Draft, WorkflowActions.ReturnToDrafter, "Trả lại đơn vị soạn thảo", [Roles.UnitLeader]) with
        {
            RequiresComment = true,
            Effects = [WorkflowEffects.NotifyUnitStaff],
        },
        Unit(AwaitingUnitApproval, Withdrawn, WorkflowActions.Cancel, "Hủy hồ sơ", [Roles.UnitLeader]),

        // The staff member answers a request for documents (DOMAIN.md §2); the leader may as well.
        Unit(ReturnedForSupplement, Submitted, WorkflowActions.Resubmit, "Gửi bổ sung", [Roles.UnitStaff, Roles.UnitLeader]) with
        {
            Guards = [BuiltInGuards.DocumentsComplete],
            Effects = [WorkflowEffects.NotifyStandingAgency],
        },

        // Once sent, only the leader who signed the sending may take the dossier back, and must say why.
        .. new[] { Submitted, Received, UnderReview, ReturnedForSupplement }.Select(from =>
            Unit(from, Withdrawn, WorkflowActions.Withdraw, "Rút hồ sơ", [Roles.UnitLeader]) with
            {
                RequiresComment = true,
                Effects = [WorkflowEffects.NotifyStandingAgency],
            }),
    ];

    private static IEnumerable<WorkflowTransition> ReceptionSteps() =>
    [
        Agency(Submitted, Received, WorkflowActions.Receive, "Tiếp nhận", [Roles.StandingOfficer]) with
        {
            Guards = [BuiltInGuards.DocumentsComplete],
            Effects = [WorkflowEffects.NotifyUnit],
        },
        Agency(Received, UnderReview, WorkflowActions.StartReview, "Bắt đầu thẩm định", [Roles.StandingOfficer]),
        .. new[] { Submitted, Received, UnderReview }.Select(from =>
            Agency(from, ReturnedForSupplement, WorkflowActions.RequestSupplement, "Yêu cầu bổ sung", [Roles.StandingOfficer]) with
            {
                RequiresComment = true,
                Effects = [WorkflowEffects.NotifyUnit],
            }),
    ];

    private static IEnumerable<WorkflowTransition> AppraisalSteps() =>
    [
        Agency(UnderReview, Rejected, WorkflowActions.Reject, "Từ chối", [Roles.StandingOfficer]) with
        {
            RequiresComment = true,
            Effects = [WorkflowEffects.NotifyUnit],
        },
        Agency(UnderReview, PublicComment, WorkflowActions.PublishForComment, "Công khai lấy ý kiến", [Roles.StandingHead]) with
        {
            Guards = AppraisalDone,
            Effects = [WorkflowEffects.PublishForComment, WorkflowEffects.NotifyUnit],
        },
        ToCouncil(UnderReview) with { Guards = AppraisalDone },
        ToDecision(UnderReview) with { Guards = AppraisalDone },
        ToCouncil(PublicComment),
        ToDecision(PublicComment),
        Reappraise(PublicComment),
        Reappraise(AwaitingCouncil),
    ];

    private static IEnumerable<WorkflowTransition> CouncilAndDecisionSteps() =>
    [
        Agency(AwaitingCouncil, CouncilVoted, WorkflowActions.RecordVote, "Ghi nhận kết quả bỏ phiếu", [Roles.StandingOfficer]) with
        {
            Effects = [WorkflowEffects.NotifyStandingHead],
        },
        ToDecision(CouncilVoted),
        Agency(CouncilVoted, Rejected, WorkflowActions.Reject, "Từ chối", [Roles.StandingHead]) with
        {
            RequiresComment = true,
            Effects = [WorkflowEffects.NotifyUnit],
        },
        Agency(AwaitingDecision, Decided, WorkflowActions.Decide, "Ký quyết định khen thưởng", [Roles.Leader]) with
        {
            Effects = [WorkflowEffects.RecordAwards, WorkflowEffects.NotifyUnit, WorkflowEffects.NotifyStandingAgency],
        },
        Agency(AwaitingDecision, ForwardedToCentral, WorkflowActions.ForwardToCentral, "Trình cấp Trung ương", [Roles.Leader]) with
        {
            Effects = [WorkflowEffects.NotifyUnit, WorkflowEffects.NotifyStandingAgency],
        },
        Agency(AwaitingDecision, UnderReview, WorkflowActions.ReturnToStandingAgency, "Trả lại Cơ quan Thường trực", [Roles.Leader]) with
        {
            RequiresComment = true,
            Effects = [WorkflowEffects.NotifyStandingAgency],
        },
        Agency(AwaitingDecision, Rejected, WorkflowActions.Reject, "Từ chối", [Roles.Leader]) with
        {
            RequiresComment = true,
            Effects = [WorkflowEffects.NotifyUnit, WorkflowEffects.NotifyStandingAgency],
        },
        Agency(ForwardedToCentral, CentralDecided, WorkflowActions.RecordCentralDecision, "Ghi nhận quyết định của Trung ương", [Roles.StandingOfficer]) with
        {
            Effects = [WorkflowEffects.RecordAwards, WorkflowEffects.NotifyUnit],
        },
    ];

    private static WorkflowTransition ToCouncil(string from) =>
        Agency(from, AwaitingCouncil, WorkflowActions.SubmitToCouncil, "Trình Hội đồng", [Roles.StandingHead]) with
        {
            Effects = [WorkflowEffects.NotifyCouncil],
        };

    private static WorkflowTransition ToDecision(string from) =>
        Agency(from, AwaitingDecision, WorkflowActions.ForwardForDecision, "Chuyển ban hành quyết định", [Roles.StandingHead]) with
        {
            Effects = [WorkflowEffects.NotifyLeader],
        };

    private static WorkflowTransition Reappraise(string from) =>
        Agency(from, UnderReview, WorkflowActions.Reappraise, "Thẩm định lại", [Roles.StandingHead]) with
        {
            RequiresComment = true,
            Effects = [WorkflowEffects.NotifyStandingAgency],
        };
}
