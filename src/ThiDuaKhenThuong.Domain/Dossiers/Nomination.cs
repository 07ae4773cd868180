using ThiDuaKhenThuong.Domain.Auditing;
using ThiDuaKhenThuong.Domain.Catalog;
using ThiDuaKhenThuong.Domain.Tenancy;

namespace ThiDuaKhenThuong.Domain.Dossiers;

public enum NomineeKind
{
    Person,
    Collective,
}

/// <summary>Who is nominated: a person or a collective of the registry, with the name as it was when nominated.</summary>
public sealed record NomineeRef(NomineeKind Kind, Guid Id, string Name)
{
    public bool Matches(NomineeRef other) => other is not null && other.Kind == Kind && other.Id == Id;
}

/// <summary>
/// Where one nomination stands after appraisal: the council's vote, the decision, the central level. A dossier's
/// workflow state says where the dossier is; this says what became of each nominee inside it.
/// </summary>
public enum NominationOutcome
{
    /// <summary>Still on the dossier's route (draft, appraisal, waiting for or in a council session).</summary>
    Pending,

    /// <summary>Passed the council's vote, or appraised eligible for an award that needs no vote.</summary>
    AwaitingDecision,

    /// <summary>The council's vote did not reach the threshold; closed with the reason.</summary>
    NotPassed,

    /// <summary>Appraised not eligible or the dossier was rejected; closed with the reason.</summary>
    Rejected,

    /// <summary>A recorded decision of the province granted the award.</summary>
    Awarded,

    /// <summary>The award is granted centrally: the province's submission went to the central level.</summary>
    ForwardedToCentral,

    /// <summary>The central level's decision was recorded.</summary>
    CentralAwarded,

    /// <summary>A later decision revoked the award.</summary>
    Revoked,
}

public enum AppraisalResult
{
    Pending,
    Eligible,
    NotEligible,
}

/// <summary>One nominee × one award inside a dossier; eligibility checked by the engine, then appraised by an officer.</summary>
public sealed class Nomination : ITenantOwned, IAuditable
{
    private Nomination()
    {
        Nominee = new NomineeRef(NomineeKind.Person, Guid.Empty, string.Empty);
        AwardCode = string.Empty;
    }

    internal Nomination(Guid tenantId, Guid id, Guid dossierId, NomineeRef nominee, string awardCode)
    {
        TenantId = tenantId;
        Id = id;
        DossierId = dossierId;
        Nominee = nominee;
        AwardCode = awardCode;
        EligibilityStatus = EligibilityStatus.Unknown;
        Appraisal = AppraisalResult.Pending;
    }

    public Guid TenantId { get; private set; }

    public Guid Id { get; private set; }

    public Guid DossierId { get; private set; }

    public NomineeRef Nominee { get; private set; }

    public string AwardCode { get; private set; }

    public EligibilityStatus EligibilityStatus { get; private set; }

    /// <summary>The engine's report as JSON: one outcome per rule, with the Vietnamese reasons.</summary>
    public string? EligibilityReport { get; private set; }

    /// <summary>The unit's written justification when the engine says the nominee does not qualify.</summary>
    public string? Justification { get; private set; }

    public AppraisalResult Appraisal { get; private set; }

    public string? AppraisalNote { get; private set; }

    /// <summary>Why the officer's appraisal differs from the engine's result (required in that case).</summary>
    public string? OverrideReason { get; private set; }

    public Guid? AppraisedBy { get; private set; }

    public DateTimeOffset? AppraisedAt { get; private set; }

    public NominationOutcome Outcome { get; private set; }

    /// <summary>Why the nomination closed without an award (vote result, rejection, revocation), shown to the unit.</summary>
    public string? OutcomeReason { get; private set; }

    public DateTimeOffset? OutcomeAt { get; private set; }

    /// <summary>The decision that granted (or revoked) the award, once recorded.</summary>
    public Guid? DecisionId { get; private set; }

    /// <summary>The council voted for it, or the award needs no vote and the appraisal found it eligible.</summary>
    public void MarkAwaitingDecision(DateTimeOffset at)
    {
        EnsureOutcome(NominationOutcome.Pending);
        if (Appraisal != AppraisalResult.Eligible)
        {
            throw new DossierRuleException($"{Nominee.Name}: chưa được thẩm định đủ điều kiện, chưa thể trình quyết định.");
        }

        SetOutcome(NominationOutcome.AwaitingDecision, null, at);
    }

    /// <summary>The council's vote fell short of the threshold (or the item was not voted): closed with the reason.</summary>
    public void MarkNotPassed(string reason, DateTimeOffset at)
    {
        EnsureOutcome(NominationOutcome.Pending);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        SetOutcome(NominationOutcome.NotPassed, reason, at);
    }

    /// <summary>Closed without an award by the Standing Agency or the leader (not eligible, dossier rejected).</summary>
    public void MarkRejected(string reason, DateTimeOffset at)
    {
        if (Outcome is not (NominationOutcome.Pending or NominationOutcome.AwaitingDecision))
        {
            throw new DossierRuleException($"{Nominee.Name}: đề nghị đã kết thúc, không thể từ chối.");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        SetOutcome(NominationOutcome.Rejected, reason, at);
    }

    public void MarkAwarded(Guid decisionId, DateTimeOffset at)
    {
        EnsureOutcome(NominationOutcome.AwaitingDecision);
        DecisionId = decisionId;
        SetOutcome(NominationOutcome.Awarded, null, at);
    }

    public void MarkForwardedToCentral(Guid submissionId, DateTimeOffset at)
    {
        EnsureOutcome(NominationOutcome.AwaitingDecision);
        DecisionId = submissionId;
        SetOutcome(NominationOutcome.ForwardedToCentral, null, at);
    }

    public void MarkCentralAwarded(Guid decisionId, DateTimeOffset at)
    {
        EnsureOutcome(NominationOutcome.ForwardedToCentral);
        DecisionId = decisionId;
        SetOutcome(NominationOutcome.CentralAwarded, null, at);
    }

    /// <summary>A later decision took the award back; the earlier decision stays referenced in the history.</summary>
    public void MarkRevoked(string reason, DateTimeOffset at)
    {
        if (Outcome is not (NominationOutcome.Awarded or NominationOutcome.CentralAwarded))
        {
            throw new DossierRuleException($"{Nominee.Name}: chỉ thu hồi được khen thưởng đã có quyết định.");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        SetOutcome(NominationOutcome.Revoked, reason, at);
    }

    public void RecordEligibility(EligibilityStatus status, string reportJson)
    {
        EligibilityStatus = status;
        EligibilityReport = reportJson;
    }

    public void Justify(string? justification) => Justification = string.IsNullOrWhiteSpace(justification) ? null : justification.Trim();

    /// <summary>
    /// The Standing Agency's appraisal. Going against the engine (eligible where it failed, not eligible where it
    /// passed) needs a reason, so the override is visible in the record.
    /// </summary>
    public void Appraise(AppraisalResult result, string? note, string? overrideReason, Guid officerId, DateTimeOffset at)
    {
        if (result == AppraisalResult.Pending)
        {
            throw new DossierRuleException("Vui lòng chọn kết quả thẩm định: đủ hoặc không đủ điều kiện.");
        }

        var overrides = (result == AppraisalResult.Eligible && EligibilityStatus == EligibilityStatus.Fail)
                        || (result == AppraisalResult.NotEligible && EligibilityStatus == EligibilityStatus.Pass);
        if (overrides && string.IsNullOrWhiteSpace(overrideReason))
        {
            throw new DossierRuleException($"{Nominee.Name}: kết quả thẩm định khác kết quả kiểm tra tự động; vui lòng ghi lý do.");
        }

        if (result == AppraisalResult.NotEligible && string.IsNullOrWhiteSpace(note) && string.IsNullOrWhiteSpace(overrideReason))
        {
            throw new DossierRuleException($"{Nominee.Name}: vui lòng ghi lý do không đủ điều kiện.");
        }

        Appraisal = result;
        AppraisalNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        OverrideReason = overrides ? overrideReason!.Trim() : null;
        AppraisedBy = officerId;
        AppraisedAt = at;
    }

    private void EnsureOutcome(NominationOutcome expected)
    {
        if (Outcome != expected)
        {
            throw new DossierRuleException($"{Nominee.Name}: đề nghị không ở bước phù hợp cho thao tác này.");
        }
    }

    private void SetOutcome(NominationOutcome outcome, string? reason, DateTimeOffset at)
    {
        Outcome = outcome;
        OutcomeReason = reason?.Trim();
        OutcomeAt = at;
    }
}
