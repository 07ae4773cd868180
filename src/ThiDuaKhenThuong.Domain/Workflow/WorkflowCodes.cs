namespace ThiDuaKhenThuong.Domain.Workflow;

/// <summary>State codes of the seeded definitions. Stored on instances and in history: never rename one.</summary>
public static class WorkflowStates
{
    public const string Draft = nameof(Draft);
    public const string AwaitingUnitApproval = nameof(AwaitingUnitApproval);
    public const string Submitted = nameof(Submitted);
    public const string Received = nameof(Received);
    public const string UnderReview = nameof(UnderReview);
    public const string ReturnedForSupplement = nameof(ReturnedForSupplement);
    public const string PublicComment = nameof(PublicComment);
    public const string AwaitingCouncil = nameof(AwaitingCouncil);
    public const string CouncilVoted = nameof(CouncilVoted);
    public const string AwaitingDecision = nameof(AwaitingDecision);
    public const string Decided = nameof(Decided);
    public const string Rejected = nameof(Rejected);
    public const string Withdrawn = nameof(Withdrawn);
    public const string ForwardedToCentral = nameof(ForwardedToCentral);
    public const string CentralDecided = nameof(CentralDecided);
    public const string Approved = nameof(Approved);
    public const string Recorded = nameof(Recorded);
    public const string Accepted = nameof(Accepted);
    public const string Returned = nameof(Returned);
}

/// <summary>Action codes of the seeded definitions, as forms post them and history stores them.</summary>
public static class WorkflowActions
{
    public const string SubmitToLeader = "submit-to-leader";
    public const string Cancel = "cancel";
    public const string Send = "send";
    public const string ReturnToDrafter = "return-to-drafter";
    public const string Receive = "receive";
    public const string RequestSupplement = "request-supplement";
    public const string Resubmit = "resubmit";
    public const string Withdraw = "withdraw";
    public const string StartReview = "start-review";
    public const string Reject = "reject";
    public const string PublishForComment = "publish-for-comment";
    public const string SubmitToCouncil = "submit-to-council";
    public const string ForwardForDecision = "forward-for-decision";
    public const string Reappraise = "reappraise";
    public const string RecordVote = "record-vote";
    public const string Decide = "decide";
    public const string ForwardToCentral = "forward-to-central";
    public const string ReturnToStandingAgency = "return-to-standing-agency";
    public const string RecordCentralDecision = "record-central-decision";
    public const string Approve = "approve";
    public const string RecordDecision = "record-decision";
    public const string Accept = "accept";
    public const string ReturnToUnit = "return-to-unit";
}

/// <summary>
/// Effect codes of the seeded definitions, <c>kind:target</c>. The engine only hands them on; the outbox worker maps
/// each to a notification or a follow-up job.
/// </summary>
public static class WorkflowEffects
{
    public const string NotifyUnit = "notify:unit";
    public const string NotifyUnitStaff = "notify:unit-staff";
    public const string NotifyUnitLeader = "notify:unit-leader";
    public const string NotifyStandingAgency = "notify:standing-agency";
    public const string NotifyStandingHead = "notify:standing-head";
    public const string NotifyCouncil = "notify:council";
    public const string NotifyLeader = "notify:leader";
    public const string PublishForComment = "publish:public-comment";
    public const string RecordAwards = "record:awards";
}
