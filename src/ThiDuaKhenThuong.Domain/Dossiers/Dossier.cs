using ThiDuaKhenThuong.Domain.Auditing;
using ThiDuaKhenThuong.Domain.Catalog;
using ThiDuaKhenThuong.Domain.Tenancy;

namespace ThiDuaKhenThuong.Domain.Dossiers;

/// <summary>
/// A nomination dossier (hồ sơ đề nghị khen thưởng) sent by one unit: one or more nominations, each judged on its own.
/// Its route lives in a workflow instance; the dossier guards what can change while it is still the unit's draft.
/// </summary>
public sealed class Dossier : ITenantOwned, IAuditable
{
    private readonly List<Nomination> nominations = [];

    private Dossier()
    {
        Title = string.Empty;
    }

    public Dossier(Guid tenantId, Guid id, Guid unitId, int year, AwardKinds kind, string title, string? summary, Guid? campaignId, Guid createdBy, DateTimeOffset createdAt)
    {
        if (kind == AwardKinds.None || !Enum.IsDefined(kind))
        {
            throw new DossierRuleException("Vui lòng chọn một loại hình khen thưởng.");
        }

        if (kind == AwardKinds.Thematic && campaignId is null)
        {
            throw new DossierRuleException("Hồ sơ khen thưởng chuyên đề phải gắn với một phong trào thi đua.");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        TenantId = tenantId;
        Id = id;
        UnitId = unitId;
        Year = year;
        Kind = kind;
        Title = title.Trim();
        Summary = summary?.Trim();
        CampaignId = campaignId;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
        IsEditable = true;
    }

    public Guid TenantId { get; private set; }

    public Guid Id { get; private set; }

    public Guid UnitId { get; private set; }

    public int Year { get; private set; }

    public AwardKinds Kind { get; private set; }

    public Guid? CampaignId { get; private set; }

    public string Title { get; private set; }

    public string? Summary { get; private set; }

    /// <summary>Số hồ sơ, given when the Standing Agency receives it: sequence within the tenant and year.</summary>
    public int? Number { get; private set; }

    public Guid? WorkflowInstanceId { get; private set; }

    /// <summary>The unit may change nominations and documents only while this is true (draft or returned).</summary>
    public bool IsEditable { get; private set; }

    /// <summary>When the unit first sent the dossier to the Standing Agency; from then on the Agency can see it.</summary>
    public DateTimeOffset? SentAt { get; private set; }

    /// <summary>The Standing Agency officer (chuyên viên) handling the dossier, when one has been assigned.</summary>
    public Guid? AssignedOfficerId { get; private set; }

    public Guid CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public IReadOnlyCollection<Nomination> Nominations => nominations;

    public string NumberLabel => Number is { } n ? $"{n:D4}/{Year}/HS-TĐKT" : "(chưa cấp số)";

    public Nomination AddNomination(Guid nominationId, NomineeRef nominee, string awardCode)
    {
        EnsureEditable();
        ArgumentException.ThrowIfNullOrWhiteSpace(awardCode);
        if (nominations.Any(n => n.Nominee.Matches(nominee) && n.AwardCode == awardCode))
        {
            throw new DossierRuleException($"{nominee.Name} đã có trong hồ sơ với cùng danh hiệu, hình thức này.");
        }

        var nomination = new Nomination(TenantId, nominationId, Id, nominee, awardCode);
        nominations.Add(nomination);
        return nomination;
    }

    /// <summary>
    /// Adds many nominations at once (an import), all or none: the same rule as <see cref="AddNomination"/> (a nominee
    /// at most once per award in the dossier), checked against a set instead of a scan per nomination.
    /// </summary>
    public IReadOnlyList<Nomination> AddNominations(IReadOnlyList<(Guid NominationId, NomineeRef Nominee, string AwardCode)> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        EnsureEditable();
        var taken = nominations.Select(n => (n.Nominee.Kind, n.Nominee.Id, n.AwardCode)).ToHashSet();
        foreach (var (_, nominee, awardCode) in items)
        {
            ArgumentNullException.ThrowIfNull(nominee);
            ArgumentException.ThrowIfNullOrWhiteSpace(awardCode);
            if (!taken.Add((nominee.Kind, nominee.Id, awardCode)))
            {
                throw new DossierRuleException($"{nominee.Name} đã có trong hồ sơ với cùng danh hiệu, hình thức này.");
            }
        }

        var added = items.Select(i => new Nomination(TenantId, i.NominationId, Id, i.Nominee, i.AwardCode)).ToList();
        nominations.AddRange(added);
        return added;
    }

    public void RemoveNomination(Guid nominationId)
    {
        EnsureEditable();
        var nomination = nominations.FirstOrDefault(n => n.Id == nominationId)
            ?? throw new DossierRuleException("Không tìm thấy đề nghị trong hồ sơ.");
        nominations.Remove(nomination);
    }

    public void Edit(string title, string? summary)
    {
        EnsureEditable();
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        Title = title.Trim();
        Summary = summary?.Trim();
    }

    public void AttachWorkflow(Guid instanceId) => WorkflowInstanceId ??= instanceId;

    /// <summary>What stops the unit from sending: no nomination, or a failing one without a written justification.</summary>
    public IReadOnlyList<string> ProblemsBeforeSending()
    {
        var problems = new List<string>();
        if (nominations.Count == 0)
        {
            problems.Add("Hồ sơ chưa có đề nghị khen thưởng nào.");
        }

        problems.AddRange(nominations
            .Where(n => n.EligibilityStatus == EligibilityStatus.Fail && string.IsNullOrWhiteSpace(n.Justification))
            .Select(n => $"{n.Nominee.Name}: chưa đủ điều kiện theo kiểm tra tự động; cần ghi giải trình trước khi gửi."));
        return problems;
    }

    public void MarkSent(DateTimeOffset at) => SentAt ??= at;

    /// <summary>Sent or received: the unit's copy is frozen; documents become immutable.</summary>
    public void Lock() => IsEditable = false;

    /// <summary>Returned for supplement or to the drafter: the unit may edit again.</summary>
    public void Unlock() => IsEditable = true;

    /// <summary>Gives the dossier to a Standing Agency officer; the caller checks the officer belongs to the same province.</summary>
    public void AssignTo(Guid officerId)
    {
        if (officerId == Guid.Empty)
        {
            throw new DossierRuleException("Vui lòng chọn chuyên viên được giao xử lý hồ sơ.");
        }

        if (SentAt is null)
        {
            throw new DossierRuleException("Hồ sơ chưa được gửi đến Ban Thi đua – Khen thưởng, chưa thể giao xử lý.");
        }

        AssignedOfficerId = officerId;
    }

    public void AssignNumber(int number)
    {
        if (Number is not null)
        {
            return;
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(number);
        Number = number;
    }

    private void EnsureEditable()
    {
        if (!IsEditable)
        {
            throw new DossierRuleException("Hồ sơ đã gửi, không thể sửa. Chỉ sửa được khi hồ sơ ở trạng thái dự thảo hoặc được trả lại để bổ sung.");
        }
    }
}
