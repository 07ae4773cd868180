using ThiDuaKhenThuong.Domain.Auditing;
using ThiDuaKhenThuong.Domain.Tenancy;

namespace ThiDuaKhenThuong.Domain.Council;

/// <summary>
/// A term of the province's emulation and commendation council (Hội đồng Thi đua - Khen thưởng tỉnh), set up by a
/// decision of the provincial People's Committee. Terms of one province never overlap.
/// </summary>
public sealed class CouncilTerm : ITenantOwned, IAuditable
{
    private CouncilTerm()
    {
        Name = string.Empty;
    }

    public CouncilTerm(Guid tenantId, Guid id, string name, DateOnly startsOn, DateOnly endsOn, string? decisionNumber)
    {
        TenantId = tenantId;
        Id = id;
        Name = string.Empty;
        Update(name, startsOn, endsOn, decisionNumber);
    }

    public Guid TenantId { get; private set; }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public DateOnly StartsOn { get; private set; }

    public DateOnly EndsOn { get; private set; }

    /// <summary>The number of the decision that set the council up, e.g. <c>1234/QĐ-UBND</c>.</summary>
    public string? DecisionNumber { get; private set; }

    public void Update(string name, DateOnly startsOn, DateOnly endsOn, string? decisionNumber)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (endsOn < startsOn)
        {
            throw new ArgumentException("Ngày kết thúc nhiệm kỳ phải sau ngày bắt đầu.", nameof(endsOn));
        }

        Name = name.Trim();
        StartsOn = startsOn;
        EndsOn = endsOn;
        DecisionNumber = string.IsNullOrWhiteSpace(decisionNumber) ? null : decisionNumber.Trim();
    }

    public bool Overlaps(DateOnly from, DateOnly to) => StartsOn <= to && from <= EndsOn;

    public bool Contains(DateOnly date) => StartsOn <= date && date <= EndsOn;
}
