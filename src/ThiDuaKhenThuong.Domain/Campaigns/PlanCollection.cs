using ThiDuaKhenThuong.Domain.Auditing;
using ThiDuaKhenThuong.Domain.Tenancy;

namespace ThiDuaKhenThuong.Domain.Campaigns;

/// <summary>
/// The Standing Agency's call for the units' annual emulation plans (kế hoạch công tác thi đua, khen thưởng) of one
/// year: a deadline and the units expected to answer.
/// </summary>
public sealed class PlanCollection : ITenantOwned, IAuditable
{
    private readonly List<PlanCollectionUnit> units = [];

    private PlanCollection()
    {
        Title = string.Empty;
    }

    public PlanCollection(Guid tenantId, Guid id, int year, string title, DateOnly deadline, string? note, Guid createdBy, DateTimeOffset createdAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        TenantId = tenantId;
        Id = id;
        Year = year;
        Title = title.Trim();
        Deadline = deadline;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        CreatedBy = createdBy;
        CreatedAt = createdAt;
    }

    public Guid TenantId { get; private set; }

    public Guid Id { get; private set; }

    public int Year { get; private set; }

    public string Title { get; private set; }

    /// <summary>The last day, in the province's local time, on which a plan counts as sent on time.</summary>
    public DateOnly Deadline { get; private set; }

    public string? Note { get; private set; }

    public Guid CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public IReadOnlyCollection<PlanCollectionUnit> Units => units;

    public void Change(string title, DateOnly deadline, string? note)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        Title = title.Trim();
        Deadline = deadline;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }

    /// <summary>Replaces the expected units; a unit that has already sent its plan cannot be dropped.</summary>
    public void ExpectUnits(IEnumerable<Guid> unitIds, IReadOnlySet<Guid> unitsThatSent)
    {
        ArgumentNullException.ThrowIfNull(unitIds);
        ArgumentNullException.ThrowIfNull(unitsThatSent);
        var wanted = unitIds.Distinct().ToHashSet();
        if (wanted.Count == 0)
        {
            throw new CampaignRuleException("Vui lòng chọn ít nhất một đơn vị phải gửi kế hoạch.");
        }

        if (unitsThatSent.Any(u => !wanted.Contains(u)))
        {
            throw new CampaignRuleException("Không thể bỏ đơn vị đã gửi kế hoạch khỏi danh sách.");
        }

        units.RemoveAll(u => !wanted.Contains(u.UnitId));
        foreach (var unitId in wanted.Where(id => units.All(u => u.UnitId != id)))
        {
            units.Add(new PlanCollectionUnit(TenantId, Id, unitId));
        }
    }

    public bool Expects(Guid unitId) => units.Any(u => u.UnitId == unitId);
}

/// <summary>A unit expected to send its plan to a collection.</summary>
public sealed class PlanCollectionUnit : ITenantOwned
{
    private PlanCollectionUnit()
    {
    }

    internal PlanCollectionUnit(Guid tenantId, Guid collectionId, Guid unitId)
    {
        TenantId = tenantId;
        CollectionId = collectionId;
        UnitId = unitId;
    }

    public Guid TenantId { get; private set; }

    public Guid CollectionId { get; private set; }

    public Guid UnitId { get; private set; }
}
