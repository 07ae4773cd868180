using ThiDuaKhenThuong.Domain.Auditing;
using ThiDuaKhenThuong.Domain.Tenancy;

namespace ThiDuaKhenThuong.Domain.Campaigns;

/// <summary>
/// A campaign (phong trào thi đua) launched by the centre or the province, followed by the Standing Agency: its period
/// and its three milestones — launch (phát động), preliminary review (sơ kết), final review (tổng kết). A milestone's
/// date is planned first and counts as held once it has passed.
/// </summary>
public sealed class Campaign : ITenantOwned, IAuditable
{
    public const int MaxNameLength = 500;

    private Campaign()
    {
        Name = Scope = string.Empty;
    }

    public Campaign(Guid tenantId, Guid id, Guid createdBy, DateTimeOffset createdAt)
    {
        TenantId = tenantId;
        Id = id;
        Name = Scope = string.Empty;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
    }

    public Guid TenantId { get; private set; }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public CampaignLevel Level { get; private set; }

    /// <summary>Phạm vi: who takes part (the whole province, a sector, cadres and civil servants…).</summary>
    public string Scope { get; private set; }

    public CampaignKind Kind { get; private set; }

    public int FromYear { get; private set; }

    public int ToYear { get; private set; }

    public string? Goals { get; private set; }

    public DateOnly? LaunchDate { get; private set; }

    public DateOnly? PreliminaryReviewDate { get; private set; }

    public DateOnly? FinalReviewDate { get; private set; }

    public Guid CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string PeriodLabel => FromYear == ToYear ? FromYear.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{FromYear}–{ToYear}";

    /// <summary>Sets every field the form owns; throws <see cref="CampaignRuleException"/> on an inconsistent period or milestones.</summary>
    public void Describe(
        string name, CampaignLevel level, string scope, CampaignKind kind, int fromYear, int toYear, string? goals,
        DateOnly? launch, DateOnly? preliminaryReview, DateOnly? finalReview)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new CampaignRuleException("Vui lòng nhập tên phong trào.");
        }

        if (toYear < fromYear)
        {
            throw new CampaignRuleException("Năm kết thúc không được trước năm bắt đầu.");
        }

        if (launch is { } l && preliminaryReview is { } p && p < l)
        {
            throw new CampaignRuleException("Ngày sơ kết không được trước ngày phát động.");
        }

        if (finalReview is { } f && ((preliminaryReview is { } p2 && f < p2) || (launch is { } l2 && f < l2)))
        {
            throw new CampaignRuleException("Ngày tổng kết không được trước ngày phát động hoặc ngày sơ kết.");
        }

        Name = name.Trim();
        Level = level;
        Scope = scope?.Trim() ?? string.Empty;
        Kind = kind;
        FromYear = fromYear;
        ToYear = toYear;
        Goals = string.IsNullOrWhiteSpace(goals) ? null : goals.Trim();
        LaunchDate = launch;
        PreliminaryReviewDate = preliminaryReview;
        FinalReviewDate = finalReview;
    }

    public DateOnly? DateOf(CampaignMilestone milestone) => milestone switch
    {
        CampaignMilestone.Launch => LaunchDate,
        CampaignMilestone.PreliminaryReview => PreliminaryReviewDate,
        CampaignMilestone.FinalReview => FinalReviewDate,
        _ => null,
    };

    public CampaignStatus StatusOn(DateOnly today)
    {
        if (FinalReviewDate is { } f && f <= today)
        {
            return CampaignStatus.FinalReviewed;
        }

        if (PreliminaryReviewDate is { } p && p <= today)
        {
            return CampaignStatus.PreliminaryReviewed;
        }

        return LaunchDate is { } l && l > today ? CampaignStatus.Upcoming : CampaignStatus.Ongoing;
    }

    /// <summary>
    /// Open to new thematic dossiers in <paramref name="year"/>: its period covers the year, or ended the year before
    /// (units propose awards at the final review, which often falls early in the next year).
    /// </summary>
    public bool AcceptsDossiersIn(int year) => FromYear <= year && year <= ToYear + 1;
}
