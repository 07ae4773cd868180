using static ThiDuaKhenThuong.Domain.Catalog.AwardCodes;

namespace ThiDuaKhenThuong.Domain.Catalog;

public static partial class NationalCatalog
{
    public const string RuleSet2024Code = "QG-2024";
    public const string RuleSet2025Code = "QG-2025-07";

    /// <summary>Decree 152/2025/NĐ-CP replaces Decree 98/2023/NĐ-CP from this day [verify the details].</summary>
    public static readonly DateOnly Decree152InForce = new(2025, 7, 1);

    /// <summary>
    /// The national rule sets, chained without gap: Decree 98/2023 until 30/06/2025, Decree 152/2025 from 01/07/2025.
    /// Both carry the same defaults until the differences are confirmed [verify].
    /// </summary>
    public static IReadOnlyList<RuleSet> CreateRuleSets() =>
    [
        new RuleSet(SeedId($"ruleset:{RuleSet2024Code}"), RuleSet2024Code, "Luật TĐKT 2022 và Nghị định 98/2023/NĐ-CP",
            LawInForce, Decree152InForce, DefaultRules()),
        new RuleSet(SeedId($"ruleset:{RuleSet2025Code}"), RuleSet2025Code, "Luật TĐKT 2022 và Nghị định 152/2025/NĐ-CP",
            Decree152InForce, null, DefaultRules()),
    ];

    private static IEnumerable<AwardRule> DefaultRules()
    {
        const AwardKinds annual = AwardKinds.Annual;

        // LĐTT: rated "hoàn thành tốt" or better; not if recruited < 10 months, absent ≥ 40 working days or disciplined [verify].
        yield return new(AdvancedWorker, new MinPerformanceRatingRule(PerformanceRating.CompletedWell));
        yield return new(AdvancedWorker, new MinServiceMonthsRule(10));
        yield return new(AdvancedWorker, new MaxAbsenceDaysRule(39));
        yield return new(AdvancedWorker, new NoDisciplineRule());

        // CSTĐCS: LĐTT that year + a recognised initiative; ≤ 15 % of the unit's LĐTT [practice].
        yield return new(GrassrootsEmulationFighter, new HoldsTitleInYearRule(AdvancedWorker));
        yield return new(GrassrootsEmulationFighter, new RequiresInitiativeRule(InitiativeLevel.Unit));
        yield return new(GrassrootsEmulationFighter, new MaxShareOfRule(GrassrootsEmulationFighter, AdvancedWorker, 15, CountScope.Unit));

        // CSTĐ cấp tỉnh: 3 consecutive years of CSTĐCS + initiative with province-wide effect [law]; the initiative
        // may date from any of those 3 years and the title is not given again within 3 years [verify].
        yield return new(ProvincialEmulationFighter, new PriorTitleConsecutiveYearsRule(GrassrootsEmulationFighter, 3));
        yield return new(ProvincialEmulationFighter, new RequiresInitiativeRule(InitiativeLevel.Province, 3));
        yield return new(ProvincialEmulationFighter, new MinYearsSinceSameRule(3));
        yield return new(ProvincialEmulationFighter, new NotAlreadyAwardedForSameAchievementRule());

        // CSTĐ toàn quốc: 2 consecutive provincial titles [law] — consecutive 3-year cycles, hence 3 years apart
        // [verify] — + an initiative with nationwide effect within those 6 years [law; window verify].
        yield return new(NationalEmulationFighter, new PriorTitleConsecutiveYearsRule(ProvincialEmulationFighter, 2, 3));
        yield return new(NationalEmulationFighter, new RequiresInitiativeRule(InitiativeLevel.National, 6));
        yield return new(NationalEmulationFighter, new NotAlreadyAwardedForSameAchievementRule());

        // Tập thể lao động tiên tiến: more than 50 % of members LĐTT, no discipline [verify].
        yield return new(AdvancedCollective, new MinShareOfRule(AdvancedWorker, CountCodes.Members, 50, CountScope.Nominee, Strict: true));
        yield return new(AdvancedCollective, new NoDisciplineRule());

        // Tập thể lao động xuất sắc: 100 % complete tasks, ≥ 70 % LĐTT, ≥ 1 CSTĐCS, no discipline [verify].
        yield return new(ExcellentCollective, new MinShareOfRule(CountCodes.MembersCompletingTasks, CountCodes.Members, 100, CountScope.Nominee));
        yield return new(ExcellentCollective, new MinShareOfRule(AdvancedWorker, CountCodes.Members, 70, CountScope.Nominee));
        yield return new(ExcellentCollective, new MinCountOfRule(GrassrootsEmulationFighter, 1, CountScope.Nominee));
        yield return new(ExcellentCollective, new NoDisciplineRule());

        // Cờ thi đua tỉnh: excellent collective leading its cluster/block that year, 1 per cluster/block [practice].
        yield return new(ProvincialFlag, new HoldsTitleInYearRule(ExcellentCollective), annual);
        yield return new(ProvincialFlag, new LeadsEmulationGroupRule(), annual);
        yield return new(ProvincialFlag, new MaxCountOfRule(ProvincialFlag, 1, CountScope.EmulationGroup), annual);
        yield return new(ProvincialFlag, new NotAlreadyAwardedForSameAchievementRule());

        // Cờ thi đua Chính phủ: holds the provincial flag and leads the province's clusters [verify].
        yield return new(GovernmentFlag, new HoldsTitleInYearRule(ProvincialFlag), annual);
        yield return new(GovernmentFlag, new LeadsEmulationGroupRule(), annual);
        yield return new(GovernmentFlag, new NotAlreadyAwardedForSameAchievementRule());

        // Bằng khen tỉnh: typically 2 consecutive years of excellent performance, or a thematic/ad-hoc achievement [practice].
        yield return new(ProvincialCertificate, new MinPerformanceRatingRule(PerformanceRating.CompletedExcellently, 2), annual);
        yield return new(ProvincialCertificate, new NotAlreadyAwardedForSameAchievementRule());

        // Bằng khen Thủ tướng: a provincial certificate, then 5 further consecutive excellent years [verify];
        // the certificate is looked for within the 15 years before.
        yield return new(PrimeMinisterCertificate, new HoldsTitleBeforeRule(ProvincialCertificate, 5, 15), annual);
        yield return new(PrimeMinisterCertificate, new MinPerformanceRatingRule(PerformanceRating.CompletedExcellently, 5), annual);
        yield return new(PrimeMinisterCertificate, new NotAlreadyAwardedForSameAchievementRule());

        // Giấy khen and State orders/medals: one achievement, one award [law]; the rest is judged case by case or centrally.
        yield return new(MeritCertificate, new NotAlreadyAwardedForSameAchievementRule());
        yield return new(StateOrderOrMedal, new NotAlreadyAwardedForSameAchievementRule());
    }
}
