using ThiDuaKhenThuong.Domain.Auditing;
using ThiDuaKhenThuong.Domain.Catalog;
using ThiDuaKhenThuong.Domain.Tenancy;

namespace ThiDuaKhenThuong.Domain.People;

/// <summary>
/// An award already held by a person or a collective (exactly one of the two), entered by hand, imported, or written
/// by a decision of the portal. The eligibility rules read it as <see cref="AwardHistoryEntry"/>.
/// </summary>
public sealed class AwardHistoryRecord : ITenantOwned, IAuditable
{
    private AwardHistoryRecord()
    {
        AwardCode = string.Empty;
        DecisionNumber = string.Empty;
        IssuingAuthority = string.Empty;
    }

    private AwardHistoryRecord(Guid tenantId, Guid id, Guid? personId, Guid? collectiveId, AwardHistoryData data, AwardSource source)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentException.ThrowIfNullOrWhiteSpace(data.AwardCode);
        ArgumentException.ThrowIfNullOrWhiteSpace(data.DecisionNumber);
        ArgumentException.ThrowIfNullOrWhiteSpace(data.IssuingAuthority);
        TenantId = tenantId;
        Id = id;
        PersonId = personId;
        CollectiveId = collectiveId;
        AwardCode = data.AwardCode.Trim();
        Year = data.Year;
        DecisionNumber = data.DecisionNumber.Trim();
        DecisionDate = data.DecisionDate;
        IssuingAuthority = data.IssuingAuthority.Trim();
        Source = source;
    }

    public Guid TenantId { get; private set; }

    public Guid Id { get; private set; }

    public Guid? PersonId { get; private set; }

    public Guid? CollectiveId { get; private set; }

    public string AwardCode { get; private set; }

    public int Year { get; private set; }

    public string DecisionNumber { get; private set; }

    public DateOnly DecisionDate { get; private set; }

    public string IssuingAuthority { get; private set; }

    public AwardSource Source { get; private set; }

    /// <summary>The portal's decision that wrote this row (source <see cref="AwardSource.Decision"/>).</summary>
    public Guid? DecisionId { get; private set; }

    /// <summary>The nomination the decision granted, so a revocation finds the row it takes back.</summary>
    public Guid? NominationId { get; private set; }

    /// <summary>Set when a later decision revoked the award; the row stays, and eligibility no longer counts it.</summary>
    public DateTimeOffset? RevokedAt { get; private set; }

    public string? RevokedByDecisionNumber { get; private set; }

    public string? RevocationReason { get; private set; }

    public bool IsRevoked => RevokedAt is not null;

    /// <summary>Written when the leader signs a decision of the portal (or the central decision is recorded).</summary>
    public static AwardHistoryRecord FromDecision(Guid tenantId, Guid id, Dossiers.NomineeRef nominee, AwardHistoryData data, Guid decisionId, Guid nominationId)
    {
        ArgumentNullException.ThrowIfNull(nominee);
        var record = nominee.Kind == Dossiers.NomineeKind.Person
            ? ForPerson(tenantId, id, nominee.Id, data, AwardSource.Decision)
            : ForCollective(tenantId, id, nominee.Id, data, AwardSource.Decision);
        record.DecisionId = decisionId;
        record.NominationId = nominationId;
        return record;
    }

    /// <summary>A revocation decision took the award back: kept in the history, no longer counted.</summary>
    public void Revoke(string decisionNumber, string reason, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(decisionNumber);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (IsRevoked)
        {
            throw new Dossiers.DossierRuleException("Khen thưởng này đã bị thu hồi.");
        }

        RevokedAt = at;
        RevokedByDecisionNumber = decisionNumber.Trim();
        RevocationReason = reason.Trim();
    }

    /// <summary>What the eligibility rules read: every award held, revoked ones excluded.</summary>
    public static IReadOnlyList<AwardHistoryEntry> CountedEntries(IEnumerable<AwardHistoryRecord> records)
        => records.Where(r => !r.IsRevoked).Select(r => r.ToEntry()).ToList();

    public static AwardHistoryRecord ForPerson(Guid tenantId, Guid id, Guid personId, AwardHistoryData data, AwardSource source)
        => new(tenantId, id, personId, null, data, source);

    public static AwardHistoryRecord ForCollective(Guid tenantId, Guid id, Guid collectiveId, AwardHistoryData data, AwardSource source)
        => new(tenantId, id, null, collectiveId, data, source);

    public AwardHistoryEntry ToEntry() => new(AwardCode, Year, DecisionNumber, DecisionDate, IssuingAuthority);
}

public sealed record AwardHistoryData(string AwardCode, int Year, string DecisionNumber, DateOnly DecisionDate, string IssuingAuthority);
