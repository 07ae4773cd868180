namespace ThiDuaKhenThuong.Domain.Campaigns;

/// <summary>Who launched the campaign (cấp phát động).</summary>
public enum CampaignLevel
{
    Central,
    Provincial,
    Sector,
    District,
}

/// <summary>Thường xuyên (year after year) or chuyên đề (a theme, for a period).</summary>
public enum CampaignKind
{
    Regular,
    Thematic,
}

/// <summary>Where a campaign stands on a given day, derived from its milestone dates.</summary>
public enum CampaignStatus
{
    /// <summary>Chưa phát động: the launch date is still ahead.</summary>
    Upcoming,

    /// <summary>Đang triển khai.</summary>
    Ongoing,

    /// <summary>Đã sơ kết, not yet finally reviewed.</summary>
    PreliminaryReviewed,

    /// <summary>Đã tổng kết.</summary>
    FinalReviewed,
}

public enum CampaignMilestone
{
    Launch,
    PreliminaryReview,
    FinalReview,
}

public static class CampaignLabels
{
    public static string Label(this CampaignLevel level) => level switch
    {
        CampaignLevel.Central => "Trung ương",
        CampaignLevel.Provincial => "Tỉnh",
        CampaignLevel.Sector => "Sở, ban, ngành",
        CampaignLevel.District => "Huyện, thành phố",
        _ => level.ToString(),
    };

    public static string Label(this CampaignKind kind) => kind switch
    {
        CampaignKind.Regular => "Thường xuyên",
        CampaignKind.Thematic => "Chuyên đề",
        _ => kind.ToString(),
    };

    public static string Label(this CampaignStatus status) => status switch
    {
        CampaignStatus.Upcoming => "Chưa phát động",
        CampaignStatus.Ongoing => "Đang triển khai",
        CampaignStatus.PreliminaryReviewed => "Đã sơ kết",
        CampaignStatus.FinalReviewed => "Đã tổng kết",
        _ => status.ToString(),
    };

    public static string Label(this CampaignMilestone milestone) => milestone switch
    {
        CampaignMilestone.Launch => "Phát động",
        CampaignMilestone.PreliminaryReview => "Sơ kết",
        CampaignMilestone.FinalReview => "Tổng kết",
        _ => milestone.ToString(),
    };
}
