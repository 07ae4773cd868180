using System.Globalization;
using ThiDuaKhenThuong.Domain.Campaigns;
using ThiDuaKhenThuong.Domain.Organisation;

namespace ThiDuaKhenThuong.Domain.Reporting;

/// <summary>
/// One cell of the campaign cube: the province's campaigns of a launching level, kind and duration, with how many
/// were in effect in the period (their years cover it), launched, preliminarily and finally reviewed in it.
/// </summary>
public sealed record CampaignCubeRow(CampaignLevel Level, CampaignKind Kind, bool MultiYear, int InEffect, int Launched, int PreliminarilyReviewed, int FinallyReviewed);

/// <summary>One cell of the staff cube: the emulation staff of a unit kind with the same traits, as of the report day.</summary>
public sealed record StaffCubeRow(
    UnitKind UnitKind, bool FullTime, StaffSex Sex, int Age, StaffEducation Education, PoliticalTheoryLevel PoliticalTheory, int YearsInWork, int Count);

/// <summary>The organisation of the emulation work on the report day, per unit kind: units, staff, councils.</summary>
public sealed record OrganisationCubeRow(UnitKind UnitKind, int Units, int UnitsWithStaff, int FullTime, int PartTime);

/// <summary>
/// Forms 0601 (campaigns), 0604 (the organisation of the emulation work) and 0605 (emulation staff) of Circular
/// 02/2023/TT-BNV. Every cell is counted from a small cube the database grouped; nothing is typed in.
/// </summary>
public static class OrganisationForms
{
    public const string CampaignUnit = "Phong trào";
    public const string PersonUnit = "Người";
    public const string UnitUnit = "Cơ quan, đơn vị";

    /// <summary>Form 0601: campaigns by launching level, duration and kind; columns by milestone held in the period.</summary>
    public static StatisticalForm Form0601(IReadOnlyCollection<CampaignCubeRow> cube, string periodLabel)
    {
        ArgumentNullException.ThrowIfNull(cube);
        Column<CampaignCubeRow>[] columns =
        [
            new("Tổng số", "Phong trào triển khai trong kỳ", c => c.InEffect),
            new("Chia ra", "Phát động trong kỳ", c => c.Launched),
            new("Chia ra", "Sơ kết trong kỳ", c => c.PreliminarilyReviewed),
            new("Chia ra", "Tổng kết trong kỳ", c => c.FinallyReviewed),
        ];
        Row<CampaignCubeRow>[] rows =
        [
            new("01", "Tổng số", _ => true),
            new(null, "1. Phân theo cấp phát động", null),
            new("02", "Trung ương phát động, tỉnh triển khai", c => c.Level == CampaignLevel.Central),
            new("03", "Cấp tỉnh phát động", c => c.Level == CampaignLevel.Provincial),
            new("04", "Sở, ban, ngành phát động", c => c.Level == CampaignLevel.Sector),
            new("05", "Huyện, thành phố phát động", c => c.Level == CampaignLevel.District),
            new(null, "2. Phân theo thời gian thực hiện", null),
            new("06", "Trong một năm", c => !c.MultiYear),
            new("07", "Nhiều năm (theo giai đoạn)", c => c.MultiYear),
            new(null, "3. Phân theo hình thức", null),
            new("08", "Thường xuyên", c => c.Kind == CampaignKind.Regular),
            new("09", "Chuyên đề, theo đợt", c => c.Kind == CampaignKind.Thematic),
        ];
        return Fill("0601", "Số phong trào thi đua", periodLabel, CampaignUnit, columns, rows, cube);
    }

    /// <summary>The unit kinds of each level row of form 0604.</summary>
    public static readonly IReadOnlyList<(string Code, string Label, UnitKind[] Kinds)> Levels =
    [
        ("02", "Cấp tỉnh (UBND tỉnh, Cơ quan Thường trực)", [UnitKind.ProvinceGovernment, UnitKind.StandingAgency]),
        ("03", "Sở, ban, ngành, cơ quan Trung ương, Mặt trận, đoàn thể, báo chí", [UnitKind.Department, UnitKind.CentralInProvince, UnitKind.MassOrganisation, UnitKind.Media]),
        ("04", "Huyện, thành phố", [UnitKind.Locality]),
        ("05", "Xã, phường", [UnitKind.Commune]),
        ("06", "Đơn vị sự nghiệp, doanh nghiệp, khác", [UnitKind.School, UnitKind.Hospital, UnitKind.Enterprise, UnitKind.Other]),
    ];

    /// <summary>
    /// Form 0604: per level, the units in place on the report day, those with at least one emulation staff member
    /// registered, and the staff full-time / part-time. <paramref name="councilInTerm"/> (a council term covering the
    /// day) and <paramref name="standingAgencies"/> fill the province row's council and standing-body columns; the
    /// councils of lower levels are not recorded and count 0.
    /// </summary>
    public static StatisticalForm Form0604(IReadOnlyCollection<OrganisationCubeRow> cube, bool councilInTerm, int standingAgencies, string periodLabel)
    {
        ArgumentNullException.ThrowIfNull(cube);
        var province = Levels[0].Kinds;
        var council = councilInTerm ? 1 : 0;
        Column<OrganisationCubeRow>[] columns =
        [
            new("Cơ quan, đơn vị", "Tổng số", c => c.Units),
            new("Cơ quan, đơn vị", "Có cán bộ làm công tác TĐKT", c => c.UnitsWithStaff),
            new("Hội đồng TĐKT, cơ quan thường trực", "Hội đồng TĐKT", c => c.UnitKind == UnitKind.ProvinceGovernment ? council : 0),
            new("Hội đồng TĐKT, cơ quan thường trực", "Cơ quan thường trực", c => c.UnitKind == UnitKind.StandingAgency ? standingAgencies : 0),
            new("Cán bộ làm công tác TĐKT", "Chuyên trách", c => c.FullTime),
            new("Cán bộ làm công tác TĐKT", "Kiêm nhiệm", c => c.PartTime),
        ];

        // The province-level bodies are counted once even when no province-level unit is recorded.
        var rowsOfCube = cube.ToList();
        foreach (var kind in province.Where(k => rowsOfCube.All(r => r.UnitKind != k)))
        {
            rowsOfCube.Add(new OrganisationCubeRow(kind, 0, 0, 0, 0));
        }

        Row<OrganisationCubeRow>[] rows =
        [
            new("01", "Tổng số", _ => true),
            new(null, "Phân theo cấp", null),
            .. Levels.Select(l => new Row<OrganisationCubeRow>(l.Code, l.Label, c => l.Kinds.Contains(c.UnitKind))),
        ];
        return Fill("0604", "Tổ chức bộ máy làm công tác thi đua, khen thưởng", periodLabel, UnitUnit, columns, rows, rowsOfCube);
    }

    /// <summary>Form 0605: emulation staff by age, education, political theory and years in the work; full-time / part-time, women.</summary>
    public static StatisticalForm Form0605(IReadOnlyCollection<StaffCubeRow> cube, string periodLabel)
    {
        ArgumentNullException.ThrowIfNull(cube);
        Column<StaffCubeRow>[] columns =
        [
            new("Tổng số", "Tổng số", c => c.Count),
            new("Chia ra", "Chuyên trách", c => c.FullTime ? c.Count : 0),
            new("Chia ra", "Kiêm nhiệm", c => c.FullTime ? 0 : c.Count),
            new("Trong tổng số", "Nữ", c => c.Sex == StaffSex.Female ? c.Count : 0),
        ];
        Row<StaffCubeRow>[] rows =
        [
            new("01", "Tổng số", _ => true),
            new(null, "1. Phân theo độ tuổi", null),
            new("02", "Dưới 30 tuổi", c => c.Age < 30),
            new("03", "Từ 30 đến dưới 40 tuổi", c => c.Age is >= 30 and < 40),
            new("04", "Từ 40 đến dưới 50 tuổi", c => c.Age is >= 40 and < 50),
            new("05", "Từ 50 tuổi trở lên", c => c.Age >= 50),
            new(null, "2. Phân theo trình độ chuyên môn", null),
            .. Enum.GetValues<StaffEducation>().Select((e, i) => new Row<StaffCubeRow>(Code(6 + i), e.Label(), c => c.Education == e)),
            new(null, "3. Phân theo trình độ lý luận chính trị", null),
            .. Enum.GetValues<PoliticalTheoryLevel>().Select((p, i) => new Row<StaffCubeRow>(Code(12 + i), p.Label(), c => c.PoliticalTheory == p)),
            new(null, "4. Phân theo thâm niên làm công tác thi đua, khen thưởng", null),
            new("16", "Dưới 5 năm", c => c.YearsInWork < 5),
            new("17", "Từ 5 đến dưới 10 năm", c => c.YearsInWork is >= 5 and < 10),
            new("18", "Từ 10 năm trở lên", c => c.YearsInWork >= 10),
        ];
        return Fill("0605", "Số lượng cán bộ làm công tác thi đua, khen thưởng", periodLabel, PersonUnit, columns, rows, cube);
    }

    private static string Code(int n) => n.ToString("00", CultureInfo.InvariantCulture);

    private sealed record Column<T>(string Group, string Title, Func<T, int> Value);

    private sealed record Row<T>(string? Code, string Label, Func<T, bool>? Matches);

    private static StatisticalForm Fill<T>(string number, string title, string periodLabel, string unit, IReadOnlyList<Column<T>> columns, IEnumerable<Row<T>> rows, IReadOnlyCollection<T> cube)
    {
        var groups = columns
            .Select((c, i) => (c, i))
            .GroupBy(x => x.c.Group)
            .Select(g => new FormColumnGroup(g.Key, [.. g.Select(x => new FormColumn(x.c.Title))]))
            .ToList();
        var filled = rows.Select(r => r.Matches is null
                ? new FormRow(r.Code, r.Label, null, null)
                : new FormRow(r.Code, r.Label, unit, [.. columns.Select(col => cube.Where(r.Matches).Sum(col.Value))]))
            .ToList();
        return new StatisticalForm(number, title, periodLabel, groups, filled);
    }
}
