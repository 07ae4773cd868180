using ThiDuaKhenThuong.Domain.Catalog;
using static ThiDuaKhenThuong.Domain.Catalog.AwardCodes;
using S = ThiDuaKhenThuong.Domain.Catalog.EligibilityStatus;

namespace ThiDuaKhenThuong.Domain.Tests.Catalog;

/// <summary>A rule, a nominee in <see cref="RuleKindCases.Year"/>, and what the evaluator must say.</summary>
internal sealed record RuleCase(string Name, string AwardCode, RuleParameters Rule, Nominee Nominee, S Expected, string ReasonContains);

/// <summary>A passing, a failing and an unknown case for every rule kind (checked by a coverage test).</summary>
internal static class RuleKindCases
{
    public const int Year = 2024;

    private static readonly PriorTitleConsecutiveYearsRule ThreeCstdcs = new(GrassrootsEmulationFighter, 3);
    private static readonly PriorTitleConsecutiveYearsRule TwoProvincialCycles = new(ProvincialEmulationFighter, 2, 3);
    private static readonly HoldsTitleInYearRule NeedsLdtt = new(AdvancedWorker);
    private static readonly HoldsTitleBeforeRule CertificateFiveYearsBefore = new(ProvincialCertificate, 5, 15);
    private static readonly RequiresInitiativeRule ProvinceInitiative = new(InitiativeLevel.Province, 3);
    private static readonly MaxShareOfRule CstdcsCap = new(GrassrootsEmulationFighter, AdvancedWorker, 15, CountScope.Unit);
    private static readonly MinShareOfRule SeventyPercentLdtt = new(AdvancedWorker, CountCodes.Members, 70, CountScope.Nominee);
    private static readonly MinCountOfRule OneCstdcs = new(GrassrootsEmulationFighter, 1, CountScope.Nominee);
    private static readonly MaxCountOfRule OneFlag = new(ProvincialFlag, 1, CountScope.EmulationGroup);
    private static readonly MinYearsSinceSameRule ThreeYearsSince = new(3);
    private static readonly NoDisciplineRule NoDiscipline = new();
    private static readonly LeadsEmulationGroupRule Leads = new();
    private static readonly NotAlreadyAwardedForSameAchievementRule OneAward = new();
    private static readonly MinPerformanceRatingRule TwoExcellentYears = new(PerformanceRating.CompletedExcellently, 2);
    private static readonly MinServiceMonthsRule TenMonths = new(10);
    private static readonly MaxAbsenceDaysRule Absence = new(39);

    public static IReadOnlyList<RuleCase> All { get; } =
    [
        new("Consecutive_Pass", ProvincialEmulationFighter, ThreeCstdcs,
            Nominee.With().Title(GrassrootsEmulationFighter, 2022, 2023, 2024), S.Pass, "Đã đạt CSTĐCS 3 năm liên tục 2022–2024"),
        new("Consecutive_Fail_Gap", ProvincialEmulationFighter, ThreeCstdcs,
            Nominee.With().Title(GrassrootsEmulationFighter, 2022, 2024).Known(2020, 2024), S.Fail, "Không đạt CSTĐCS năm 2023"),
        new("Consecutive_Unknown_MissingYear", ProvincialEmulationFighter, ThreeCstdcs,
            Nominee.With().Title(GrassrootsEmulationFighter, 2022, 2024).Known(2024, 2024), S.Unknown, "Thiếu dữ liệu danh hiệu CSTĐCS năm 2023"),
        new("ConsecutiveCycles_Pass", NationalEmulationFighter, TwoProvincialCycles,
            Nominee.With().Title(ProvincialEmulationFighter, 2021, 2024), S.Pass, "2 lần liên tục (2021, 2024)"),
        new("InYear_Pass", GrassrootsEmulationFighter, NeedsLdtt,
            Nominee.With().Title(AdvancedWorker, 2024), S.Pass, "Đã đạt LĐTT năm 2024"),
        new("InYear_Fail", GrassrootsEmulationFighter, NeedsLdtt,
            Nominee.With().Title(AdvancedWorker, 2023).Known(2024, 2024), S.Fail, "Chưa đạt LĐTT năm 2024"),
        new("InYear_Unknown", GrassrootsEmulationFighter, NeedsLdtt,
            Nominee.With(), S.Unknown, "Thiếu dữ liệu danh hiệu LĐTT năm 2024"),
        new("Before_Pass", PrimeMinisterCertificate, CertificateFiveYearsBefore,
            Nominee.With().Title(ProvincialCertificate, 2018), S.Pass, "Đã được tặng Bằng khen UBND tỉnh năm 2018"),
        new("Before_Fail_TooRecent", PrimeMinisterCertificate, CertificateFiveYearsBefore,
            Nominee.With().Title(ProvincialCertificate, 2021).Known(2009, 2024), S.Fail, "giai đoạn 2009–2019"),
        new("Before_Unknown", PrimeMinisterCertificate, CertificateFiveYearsBefore,
            Nominee.With().Known(2012, 2024), S.Unknown, "Thiếu dữ liệu khen thưởng năm 2009–2011"),
        new("Initiative_Pass", ProvincialEmulationFighter, ProvinceInitiative,
            Nominee.With().Initiative(InitiativeLevel.Unit, 2024).Initiative(InitiativeLevel.National, 2022), S.Pass, "phạm vi toàn quốc năm 2022"),
        new("Initiative_Fail_LevelTooLow", ProvincialEmulationFighter, ProvinceInitiative,
            Nominee.With().Initiative(InitiativeLevel.Unit, 2024).Initiative(InitiativeLevel.Province, 2021), S.Fail,
            "Không có sáng kiến, đề tài phạm vi toàn tỉnh trở lên trong giai đoạn 2022–2024"),
        new("Initiative_Unknown", ProvincialEmulationFighter, ProvinceInitiative,
            Nominee.With(), S.Unknown, "Thiếu dữ liệu sáng kiến"),
        new("MaxShare_Pass_AtCap", GrassrootsEmulationFighter, CstdcsCap,
            Nominee.With().Count(AdvancedWorker, CountScope.Unit, 20).Count(GrassrootsEmulationFighter, CountScope.Unit, 2), S.Pass,
            "Trong tỷ lệ 15 %: đơn vị có 20 LĐTT, tối đa 3 CSTĐCS, đề nghị này là thứ 3"),
        new("MaxShare_Fail_OneOver", GrassrootsEmulationFighter, CstdcsCap,
            Nominee.With().Count(AdvancedWorker, CountScope.Unit, 20).Count(GrassrootsEmulationFighter, CountScope.Unit, 3), S.Fail,
            "Vượt tỷ lệ 15 %"),
        new("MaxShare_Unknown", GrassrootsEmulationFighter, CstdcsCap,
            Nominee.With().Count(GrassrootsEmulationFighter, CountScope.Unit, 0), S.Unknown, "Thiếu số liệu LĐTT của đơn vị năm 2024"),
        new("MinShare_Pass", ExcellentCollective, SeventyPercentLdtt,
            Nominee.With().Count(CountCodes.Members, CountScope.Nominee, 30).Count(AdvancedWorker, CountScope.Nominee, 21), S.Pass,
            "Tỷ lệ LĐTT: 21/30 thành viên (70 %), đạt"),
        new("MinShare_Fail", ExcellentCollective, SeventyPercentLdtt,
            Nominee.With().Count(CountCodes.Members, CountScope.Nominee, 30).Count(AdvancedWorker, CountScope.Nominee, 20), S.Fail,
            "chưa đạt yêu cầu từ 70 % trở lên"),
        new("MinShare_Unknown", ExcellentCollective, SeventyPercentLdtt,
            Nominee.With().Count(CountCodes.Members, CountScope.Nominee, 30), S.Unknown, "Thiếu số liệu LĐTT"),
        new("MinCount_Pass", ExcellentCollective, OneCstdcs,
            Nominee.With().Count(GrassrootsEmulationFighter, CountScope.Nominee, 2), S.Pass, "có 2 CSTĐCS"),
        new("MinCount_Fail", ExcellentCollective, OneCstdcs,
            Nominee.With().Count(GrassrootsEmulationFighter, CountScope.Nominee, 0), S.Fail, "yêu cầu tối thiểu 1"),
        new("MinCount_Unknown", ExcellentCollective, OneCstdcs,
            Nominee.With(), S.Unknown, "Thiếu số liệu CSTĐCS"),
        new("MaxCount_Pass", ProvincialFlag, OneFlag,
            Nominee.With().Count(ProvincialFlag, CountScope.EmulationGroup, 0), S.Pass, "Cụm, Khối thi đua đã có 0"),
        new("MaxCount_Fail", ProvincialFlag, OneFlag,
            Nominee.With().Count(ProvincialFlag, CountScope.EmulationGroup, 1), S.Fail, "Vượt số lượng"),
        new("MaxCount_Unknown", ProvincialFlag, OneFlag,
            Nominee.With(), S.Unknown, "Thiếu số liệu Cờ thi đua UBND tỉnh của Cụm, Khối thi đua"),
        new("SinceSame_Pass", ProvincialEmulationFighter, ThreeYearsSince,
            Nominee.With().Title(ProvincialEmulationFighter, 2021).Known(2022, 2023), S.Pass, "Không được tặng CSTĐ cấp tỉnh trong 3 năm gần đây"),
        new("SinceSame_Fail", ProvincialEmulationFighter, ThreeYearsSince,
            Nominee.With().Title(ProvincialEmulationFighter, 2022), S.Fail, "Đã được tặng CSTĐ cấp tỉnh năm 2022, chưa đủ 3 năm"),
        new("SinceSame_Unknown", ProvincialEmulationFighter, ThreeYearsSince,
            Nominee.With().Known(2023, 2023), S.Unknown, "Thiếu dữ liệu khen thưởng năm 2022"),
        new("Discipline_Pass", AdvancedWorker, NoDiscipline,
            Nominee.With().Disciplined(2022), S.Pass, "Không bị kỷ luật năm 2024"),
        new("Discipline_Fail", AdvancedWorker, NoDiscipline,
            Nominee.With().Disciplined(2024, "Cảnh cáo"), S.Fail, "Bị kỷ luật (Cảnh cáo) năm 2024"),
        new("Discipline_Unknown", AdvancedWorker, NoDiscipline,
            Nominee.With(), S.Unknown, "Thiếu dữ liệu kỷ luật năm 2024"),
        new("Leads_Pass", ProvincialFlag, Leads, Nominee.With().LeadsGroup(true), S.Pass, "Dẫn đầu Cụm, Khối thi đua năm 2024"),
        new("Leads_Fail", ProvincialFlag, Leads, Nominee.With().LeadsGroup(false), S.Fail, "Không dẫn đầu"),
        new("Leads_Unknown", ProvincialFlag, Leads, Nominee.With(), S.Unknown, "Chưa có kết quả suy tôn"),
        new("SameAchievement_Pass", ProvincialCertificate, OneAward,
            Nominee.With().Title(MeritCertificate, 2023).ForAchievement("LU-2024"), S.Pass, "chưa được khen thưởng"),
        new("SameAchievement_Fail", ProvincialCertificate, OneAward,
            Nominee.With().ForAchievement(" lu-2024 ")
                .Award(new AwardHistoryEntry(MeritCertificate, 2024, "15/QĐ-UBND", new DateOnly(2024, 9, 30), "UBND xã", "LU-2024")),
            S.Fail, "đã được khen thưởng Giấy khen (QĐ số 15/QĐ-UBND ngày 30/09/2024)"),
        new("SameAchievement_Unknown", ProvincialCertificate, OneAward,
            Nominee.With(), S.Unknown, "Chưa xác định thành tích"),
        new("Rating_Pass", ProvincialCertificate, TwoExcellentYears,
            Nominee.With().Rated(PerformanceRating.CompletedExcellently, 2023, 2024), S.Pass, "2 năm liên tục 2023–2024"),
        new("Rating_Fail", ProvincialCertificate, TwoExcellentYears,
            Nominee.With().Rated(PerformanceRating.CompletedWell, 2023).Rated(PerformanceRating.CompletedExcellently, 2024), S.Fail,
            "Năm 2023 xếp loại Hoàn thành tốt nhiệm vụ"),
        new("Rating_Unknown", ProvincialCertificate, TwoExcellentYears,
            Nominee.With().Rated(PerformanceRating.CompletedExcellently, 2024), S.Unknown, "Thiếu kết quả xếp loại năm 2023"),
        new("Service_Pass", AdvancedWorker, TenMonths, Nominee.With().ServiceMonths(10), S.Pass, "Công tác 10 tháng"),
        new("Service_Fail", AdvancedWorker, TenMonths, Nominee.With().ServiceMonths(9), S.Fail, "yêu cầu từ 10 tháng"),
        new("Service_Unknown", AdvancedWorker, TenMonths, Nominee.With(), S.Unknown, "Thiếu dữ liệu thời gian công tác"),
        new("Absence_Pass", AdvancedWorker, Absence, Nominee.With().AbsenceDays(39), S.Pass, "trong giới hạn 39 ngày"),
        new("Absence_Fail", AdvancedWorker, Absence, Nominee.With().AbsenceDays(40), S.Fail, "Nghỉ 40 ngày làm việc năm 2024, vượt"),
        new("Absence_Unknown", AdvancedWorker, Absence, Nominee.With(), S.Unknown, "Thiếu dữ liệu số ngày nghỉ"),
    ];

    public static TheoryData<string> Names
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var c in All)
            {
                data.Add(c.Name);
            }

            return data;
        }
    }

    public static RuleCase Named(string name) => All.Single(c => c.Name == name);
}
