using System.Security.Cryptography;
using System.Text;
using ThiDuaKhenThuong.Domain.Voting;
using static ThiDuaKhenThuong.Domain.Catalog.AwardCodes;

namespace ThiDuaKhenThuong.Domain.Catalog;

/// <summary>
/// The national catalog of DOMAIN §4 with its default settings. Each call builds fresh, read-only objects with stable
/// ids (derived from the code), so the store can seed them and a test can never mutate a shared instance.
/// Figures tagged [verify] are believed right but unconfirmed: they are data a province may adjust in its copy.
/// </summary>
public static partial class NationalCatalog
{
    /// <summary>Law 06/2022/QH15 came into force on this day [law].</summary>
    public static readonly DateOnly LawInForce = new(2024, 1, 1);

    private const AwardKinds Recurring = AwardKinds.Annual | AwardKinds.Thematic | AwardKinds.AdHoc | AwardKinds.Foreign;

    // Processing limits in working days [verify]: ~20 for a provincial appraisal, 30 when other bodies must concur
    // (everything forwarded to central level), 5–10 for ad-hoc awards (we take the upper end).
    private const int ProvinceDays = 20;
    private const int ForwardedDays = 30;
    private const int AdHocDays = 10;

    private static readonly Dictionary<string, string> ShortNames = new(StringComparer.Ordinal)
    {
        [AdvancedWorker] = "LĐTT",
        [GrassrootsEmulationFighter] = "CSTĐCS",
        [ProvincialEmulationFighter] = "CSTĐ cấp tỉnh",
        [NationalEmulationFighter] = "CSTĐ toàn quốc",
        [AdvancedCollective] = "TTLĐTT",
        [ExcellentCollective] = "TTLĐXS",
        [ProvincialFlag] = "Cờ thi đua UBND tỉnh",
        [GovernmentFlag] = "Cờ thi đua Chính phủ",
        [ProvincialCertificate] = "Bằng khen UBND tỉnh",
        [PrimeMinisterCertificate] = "Bằng khen Thủ tướng",
        [MeritCertificate] = "Giấy khen",
        [StateOrderOrMedal] = "Huân, Huy chương",
        [CountCodes.Members] = "thành viên",
        [CountCodes.MembersCompletingTasks] = "thành viên hoàn thành nhiệm vụ",
    };

    /// <summary>The short name of a national award or count code, or the code itself when it is not national.</summary>
    public static string ShortNameOf(string code) => ShortNames.TryGetValue(code, out var name) ? name : code;

    /// <summary>A stable id for seeded rows: the first 16 bytes of SHA-256 of <paramref name="key"/>.</summary>
    public static Guid SeedId(string key)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(key), hash);
        return new Guid(hash[..16]);
    }

    public static IReadOnlyList<AwardType> CreateAwardTypes() =>
    [
        Award(AdvancedWorker, "Lao động tiên tiến", true, RecipientKinds.Individual, AwardLevel.Unit,
            GrantingAuthority.UnitHead, AwardKinds.Annual, Unit()),
        Award(GrassrootsEmulationFighter, "Chiến sĩ thi đua cơ sở", true, RecipientKinds.Individual, AwardLevel.Unit,
            GrantingAuthority.UnitHead, AwardKinds.Annual, Unit(DocumentCodes.Initiative)),

        // Council secret ballot, ≥ 70 % of all members, quorum 2/3 [practice; figures verify].
        Award(ProvincialEmulationFighter, "Chiến sĩ thi đua cấp tỉnh", true, RecipientKinds.Individual, AwardLevel.Province,
            GrantingAuthority.ProvinceChairman, AwardKinds.Annual,
            Ballot(70, ProvinceDays, DocumentCodes.Initiative, DocumentCodes.Decisions)),

        // National titles: ≥ 90 % of all members [verify].
        Award(NationalEmulationFighter, "Chiến sĩ thi đua toàn quốc", true, RecipientKinds.Individual, AwardLevel.Central,
            GrantingAuthority.PrimeMinister, AwardKinds.Annual,
            Ballot(90, ForwardedDays, DocumentCodes.Initiative, DocumentCodes.Decisions)),
        Award(AdvancedCollective, "Tập thể lao động tiên tiến", true, RecipientKinds.Collective, AwardLevel.Unit,
            GrantingAuthority.UnitHead, AwardKinds.Annual, Unit()),
        Award(ExcellentCollective, "Tập thể lao động xuất sắc", true, RecipientKinds.Collective, AwardLevel.Province,
            GrantingAuthority.ProvinceChairman, AwardKinds.Annual, ByList(ProvinceDays)),

        // Flags for thematic campaigns exist besides the annual flag [practice]; ballot threshold 70 % [verify].
        Award(ProvincialFlag, "Cờ thi đua của Ủy ban nhân dân tỉnh", true, RecipientKinds.Collective, AwardLevel.Province,
            GrantingAuthority.ProvinceChairman, AwardKinds.Annual | AwardKinds.Thematic,
            Ballot(70, ProvinceDays, DocumentCodes.GroupMinutes)),
        Award(GovernmentFlag, "Cờ thi đua của Chính phủ", true, RecipientKinds.Collective, AwardLevel.Central,
            GrantingAuthority.PrimeMinister, AwardKinds.Annual | AwardKinds.Thematic,
            Ballot(90, ForwardedDays, DocumentCodes.GroupMinutes, DocumentCodes.Decisions)),
        Award(ProvincialCertificate, "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", false,
            RecipientKinds.Individual | RecipientKinds.Collective | RecipientKinds.Household, AwardLevel.Province,
            GrantingAuthority.ProvinceChairman, Recurring, ByList(ProvinceDays)),

        // Forwarded forms are voted on too [practice]; the 70 % default is [verify].
        Award(PrimeMinisterCertificate, "Bằng khen của Thủ tướng Chính phủ", false,
            RecipientKinds.Individual | RecipientKinds.Collective, AwardLevel.Central,
            GrantingAuthority.PrimeMinister, Recurring, Ballot(70, ForwardedDays, DocumentCodes.Decisions)),
        Award(MeritCertificate, "Giấy khen", false,
            RecipientKinds.Individual | RecipientKinds.Collective | RecipientKinds.Household, AwardLevel.Unit,
            GrantingAuthority.UnitHead, Recurring, Unit()),
        Award(StateOrderOrMedal, "Huân chương, Huy chương, danh hiệu vinh dự Nhà nước", false,
            RecipientKinds.Individual | RecipientKinds.Collective, AwardLevel.Central,
            GrantingAuthority.StatePresident, AwardKinds.All,
            Ballot(70, ForwardedDays, DocumentCodes.Decisions, DocumentCodes.Career)),
    ];

    private static AwardType Award(
        string code, string name, bool isTitle, RecipientKinds recipients, AwardLevel level,
        GrantingAuthority authority, AwardKinds kinds, AwardTypeSettings settings) =>
        new(SeedId($"award:{code}"), null, code, name, ShortNameOf(code), isTitle, recipients, level, authority, kinds,
            settings, LawInForce);

    private static AwardTypeSettings Unit(params RequiredDocument[] extra) =>
        new(Documents(extra), VoteRequirement.None, null, ProvinceDays, AdHocDays);

    private static AwardTypeSettings ByList(int days, params RequiredDocument[] extra) =>
        new(Documents(extra), VoteRequirement.None, null, days, AdHocDays);

    private static AwardTypeSettings Ballot(int percent, int days, params RequiredDocument[] extra) =>
        new(Documents(extra), VoteRequirement.SecretBallot, VoteThreshold.Percent(percent), days, AdHocDays);

    /// <summary>The common set (cover letter, council minutes, achievement report; for ad-hoc awards the letter and a
    /// short summary) plus the award's own evidence [practice].</summary>
    private static IEnumerable<RequiredDocument> Documents(RequiredDocument[] extra) =>
        [DocumentCodes.Cover, DocumentCodes.CouncilMinutes, DocumentCodes.Report, DocumentCodes.AdHoc, .. extra];
}
