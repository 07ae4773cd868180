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

    public static AwardHistoryRecord ForPerson(Guid tenantId, Guid id, Guid personId, AwardHistoryData data, AwardSource source)
        => new(tenantId, id, personId, null, data, source);

    public static AwardHistoryRecord ForCollective(Guid tenantId, Guid id, Guid collectiveId, AwardHistoryData data, AwardSource source)
        => new(tenantId, id, null, collectiveId, data, source);

    public AwardHistoryEntry ToEntry() => new(AwardCode, Year, DecisionNumber, DecisionDate, IssuingAuthority);
}

public sealed record AwardHistoryData(string AwardCode, int Year, string DecisionNumber, DateOnly DecisionDate, string IssuingAuthority);
