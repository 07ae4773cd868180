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
}
