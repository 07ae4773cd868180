using System.Text.Json.Serialization;

namespace ThiDuaKhenThuong.Domain.Catalog;

/// <summary>Who may receive an award (đối tượng). Flags: a certificate goes to people, collectives and households.</summary>
[Flags]
[JsonConverter(typeof(JsonStringEnumConverter<RecipientKinds>))]
public enum RecipientKinds
{
    None = 0,
    Individual = 1,
    Collective = 2,
    Household = 4,
}

/// <summary>The level an award belongs to (cấp khen thưởng); also drives report forms 0602 (Central) and 0603 (Province).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AwardLevel>))]
public enum AwardLevel
{
    Unit,
    Province,

    /// <summary>Central government or State (Thủ tướng, Chủ tịch nước).</summary>
    Central,
}

/// <summary>Who signs the decision. Prime Minister and State President awards are forwarded to central level.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<GrantingAuthority>))]
public enum GrantingAuthority
{
    /// <summary>Thủ trưởng đơn vị, including a commune chair for a commune's Giấy khen.</summary>
    UnitHead,
    ProvinceChairman,
    PrimeMinister,
    StatePresident,
}

/// <summary>Kinds of award (loại hình khen thưởng, DOMAIN §4). Flags so a catalog entry can allow several.</summary>
[Flags]
[JsonConverter(typeof(JsonStringEnumConverter<AwardKinds>))]
public enum AwardKinds
{
    None = 0,

    /// <summary>Thường xuyên: year-end, for the year's results.</summary>
    Annual = 1,

    /// <summary>Chuyên đề / theo đợt: at the review of a thematic campaign.</summary>
    Thematic = 2,

    /// <summary>Đột xuất: simplified procedure and document set.</summary>
    AdHoc = 4,

    /// <summary>Đối ngoại.</summary>
    Foreign = 8,

    /// <summary>Cống hiến.</summary>
    LongService = 16,

    /// <summary>Niên hạn.</summary>
    Seniority = 32,

    /// <summary>Kháng chiến (the resistance-war backlog).</summary>
    Resistance = 64,

    All = Annual | Thematic | AdHoc | Foreign | LongService | Seniority | Resistance,
}

/// <summary>Whether the provincial council must hold a vote on a nomination for this award.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<VoteRequirement>))]
public enum VoteRequirement
{
    /// <summary>Approved by list, no ballot.</summary>
    None,
    SecretBallot,
}

public static class CatalogLabels
{
    public static string Label(this AwardLevel level) => level switch
    {
        AwardLevel.Unit => "Cấp cơ sở",
        AwardLevel.Province => "Cấp tỉnh",
        AwardLevel.Central => "Cấp Nhà nước",
    };

    public static string Label(this GrantingAuthority authority) => authority switch
    {
        GrantingAuthority.UnitHead => "Thủ trưởng đơn vị",
        GrantingAuthority.ProvinceChairman => "Chủ tịch UBND tỉnh",
        GrantingAuthority.PrimeMinister => "Thủ tướng Chính phủ",
        GrantingAuthority.StatePresident => "Chủ tịch nước",
    };

    /// <summary>The label of a single kind; a combination is labelled flag by flag, joined with commas.</summary>
    public static string Label(this AwardKinds kinds)
    {
        var labels = Enum.GetValues<AwardKinds>()
            .Where(k => k is not AwardKinds.None and not AwardKinds.All && kinds.HasFlag(k))
            .Select(SingleLabel);
        return string.Join(", ", labels);
    }

    private static string SingleLabel(AwardKinds kind) => kind switch
    {
        AwardKinds.Annual => "Thường xuyên",
        AwardKinds.Thematic => "Chuyên đề",
        AwardKinds.AdHoc => "Đột xuất",
        AwardKinds.Foreign => "Đối ngoại",
        AwardKinds.LongService => "Cống hiến",
        AwardKinds.Seniority => "Niên hạn",
        AwardKinds.Resistance => "Kháng chiến",
        _ => kind.ToString(),
    };
}
