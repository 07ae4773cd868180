using ThiDuaKhenThuong.Domain.Catalog;
using ThiDuaKhenThuong.Domain.People;

namespace ThiDuaKhenThuong.Domain.Reporting;

/// <summary>A column group of a statistical form (a form of award) with its collective and/or individual columns.</summary>
public sealed record FormColumnGroup(string Title, IReadOnlyList<FormColumn> Columns);

public sealed record FormColumn(string Title, Func<AwardCubeRow, bool> Matches)
{
    /// <summary>A column counted from another source than the award cube (forms 0601, 0604, 0605).</summary>
    public FormColumn(string title)
        : this(title, static _ => false)
    {
    }
}

/// <summary>A row of a form: a code (Mã số) and a filter on the cube; a heading row has no code and no values.</summary>
public sealed record FormRowDefinition(string? Code, string Label, Func<AwardCubeRow, bool>? Matches);

public sealed record FormRow(string? Code, string Label, string? UnitOfMeasure, IReadOnlyList<int>? Values);

/// <summary>A statistical form of Circular 02/2023/TT-BNV, filled: every cell counted from the award cube.</summary>
public sealed record StatisticalForm(string Number, string Title, string PeriodLabel, IReadOnlyList<FormColumnGroup> ColumnGroups, IReadOnlyList<FormRow> Rows)
{
    public int ColumnCount => ColumnGroups.Sum(g => g.Columns.Count);
}

/// <summary>
/// Forms 0602 (state-level awards) and 0603 (province-level awards): rows by submitting body, by recipient (direct
/// workers included) and by kind of award; columns by form of award, split collective / individual. Households are
/// counted in the collective columns and shown on their own row.
/// </summary>
public static class StatisticalForms
{
    public const string Unit = "Lượt";

    public static StatisticalForm Form0602(IReadOnlyCollection<AwardCubeRow> cube, string periodLabel)
    {
        ArgumentNullException.ThrowIfNull(cube);
        var central = cube.Where(c => c.Level == AwardLevel.Central).ToList();
        string[] named = [AwardCodes.StateOrderOrMedal, AwardCodes.GovernmentFlag, AwardCodes.PrimeMinisterCertificate, AwardCodes.NationalEmulationFighter];
        FormColumnGroup[] groups =
        [
            Both("Tổng số", _ => true),
            Both("Huân chương, Huy chương", c => c.AwardCode == AwardCodes.StateOrderOrMedal),
            IndividualOnly("Giải thưởng Hồ Chí Minh", c => c.AwardCode == "HoChiMinhPrize"),
            IndividualOnly("Giải thưởng Nhà nước", c => c.AwardCode == "StatePrize"),
            Both("Danh hiệu vinh dự Nhà nước", c => c.AwardCode == "StateHonoraryTitle"),
            CollectiveOnly("Cờ thi đua của Chính phủ", c => c.AwardCode == AwardCodes.GovernmentFlag),
            Both("Bằng khen của Thủ tướng Chính phủ", c => c.AwardCode == AwardCodes.PrimeMinisterCertificate),
            IndividualOnly("Chiến sĩ thi đua toàn quốc", c => c.AwardCode == AwardCodes.NationalEmulationFighter),
            Both("Hình thức khác", c => !named.Contains(c.AwardCode) && c.AwardCode is not "HoChiMinhPrize" and not "StatePrize" and not "StateHonoraryTitle"),
        ];
        FormRowDefinition[] rows =
        [
            new("1", "Tổng số", _ => true),
            new(null, "1. Phân theo cơ quan trình Thủ tướng Chính phủ", null),
            new("2", "Bộ, ban, ngành, đoàn thể Trung ương", _ => false),
            new("3", "Tỉnh, thành phố trực thuộc Trung ương", _ => true),
            new(null, "2. Phân theo đối tượng", null),
            new("6", "Tập thể", c => c.Recipient is RecipientClass.Collective or RecipientClass.Enterprise),
            new("7", "Trong đó: Doanh nghiệp", c => c.Recipient == RecipientClass.Enterprise),
            new("8", "Hộ gia đình", c => c.Recipient == RecipientClass.Household),
            new("9", "Cá nhân", c => c.Recipient == RecipientClass.Individual),
            new("10", "Trong đó: Lãnh đạo cấp tỉnh, bộ và tương đương trở lên", c => Leader(c, LeaderLevel.ProvinceLevel)),
            new("11", "Lãnh đạo cấp sở, ngành, huyện và tương đương", c => Leader(c, LeaderLevel.DepartmentLevel)),
            new("12", "Doanh nhân", _ => false),
            new("13", "Lãnh đạo khác từ phó trưởng phòng và tương đương trở lên", c => Leader(c, LeaderLevel.DivisionDeputyOrAbove)),
            new("14", "Người trực tiếp lao động, sản xuất, công tác (công nhân, nông dân, chiến sĩ…)", c => c.Recipient == RecipientClass.Individual && c.IsDirectWorker),
            new(null, "3. Phân theo loại hình khen thưởng", null),
            .. KindRows(15),
        ];
        return Fill("0602", "Số lượt tập thể, cá nhân được khen thưởng cấp Nhà nước", periodLabel, groups, rows, central);
    }

    public static StatisticalForm Form0603(IReadOnlyCollection<AwardCubeRow> cube, string periodLabel)
    {
        ArgumentNullException.ThrowIfNull(cube);
        var province = cube.Where(c => c.Level == AwardLevel.Province).ToList();
        string[] named = [AwardCodes.ProvincialCertificate, AwardCodes.ProvincialEmulationFighter, AwardCodes.ProvincialFlag, AwardCodes.ExcellentCollective, "CommemorativeMedal"];
        FormColumnGroup[] groups =
        [
            Both("Tổng số", _ => true),
            Both("Bằng khen của Chủ tịch UBND tỉnh", c => c.AwardCode == AwardCodes.ProvincialCertificate),
            IndividualOnly("Chiến sĩ thi đua cấp tỉnh", c => c.AwardCode == AwardCodes.ProvincialEmulationFighter),
            CollectiveOnly("Cờ thi đua của UBND tỉnh", c => c.AwardCode == AwardCodes.ProvincialFlag),
            CollectiveOnly("Tập thể lao động xuất sắc", c => c.AwardCode == AwardCodes.ExcellentCollective),
            IndividualOnly("Kỷ niệm chương", c => c.AwardCode == "CommemorativeMedal"),
            Both("Hình thức khác", c => !named.Contains(c.AwardCode)),
        ];
        FormRowDefinition[] rows =
        [
            new("01", "Tổng số", _ => true),
            new(null, "1. Phân theo đối tượng", null),
            new("02", "Tập thể", c => c.Recipient is RecipientClass.Collective or RecipientClass.Enterprise),
            new("03", "Trong đó: Doanh nghiệp", c => c.Recipient == RecipientClass.Enterprise),
            new("04", "Hộ gia đình", c => c.Recipient == RecipientClass.Household),
            new("05", "Cá nhân", c => c.Recipient == RecipientClass.Individual),
            new("06", "Trong đó: Lãnh đạo cấp tỉnh và tương đương trở lên", c => Leader(c, LeaderLevel.ProvinceLevel)),
            new("07", "Lãnh đạo cấp sở, ngành, huyện và tương đương", c => Leader(c, LeaderLevel.DepartmentLevel)),
            new("08", "Doanh nhân", _ => false),
            new("09", "Lãnh đạo khác từ phó trưởng phòng và tương đương trở lên", c => Leader(c, LeaderLevel.DivisionDeputyOrAbove)),
            new("10", "Người trực tiếp lao động, sản xuất, công tác (công nhân, nông dân, chiến sĩ…)", c => c.Recipient == RecipientClass.Individual && c.IsDirectWorker),
            new(null, "2. Phân theo loại hình khen thưởng", null),
            .. KindRows(11),
        ];
        return Fill("0603", "Số lượt tập thể, cá nhân được khen thưởng cấp tỉnh", periodLabel, groups, rows, province);
    }

    private static IEnumerable<FormRowDefinition> KindRows(int firstCode)
        => AwardRollup.Kinds.Select((kind, i) => new FormRowDefinition(
            (firstCode + i).ToString("00", System.Globalization.CultureInfo.InvariantCulture),
            "Khen thưởng " + kind.Label().ToLowerInvariant(),
            c => c.Kind == kind));

    private static bool Leader(AwardCubeRow cell, LeaderLevel level) => cell.Recipient == RecipientClass.Individual && cell.LeaderLevel == level;

    private static bool IsCollectiveSide(AwardCubeRow c) => c.Recipient != RecipientClass.Individual;

    private static FormColumnGroup Both(string title, Func<AwardCubeRow, bool> award)
        => new(title, [new FormColumn("Tập thể", c => award(c) && IsCollectiveSide(c)), new FormColumn("Cá nhân", c => award(c) && !IsCollectiveSide(c))]);

    private static FormColumnGroup IndividualOnly(string title, Func<AwardCubeRow, bool> award)
        => new(title, [new FormColumn("Cá nhân", c => award(c) && !IsCollectiveSide(c))]);

    private static FormColumnGroup CollectiveOnly(string title, Func<AwardCubeRow, bool> award)
        => new(title, [new FormColumn("Tập thể", c => award(c) && IsCollectiveSide(c))]);

    private static StatisticalForm Fill(string number, string title, string periodLabel, IReadOnlyList<FormColumnGroup> groups, IEnumerable<FormRowDefinition> rows, List<AwardCubeRow> cube)
    {
        var columns = groups.SelectMany(g => g.Columns).ToList();
        var filled = rows.Select(r => r.Matches is null
                ? new FormRow(r.Code, r.Label, null, null)
                : new FormRow(r.Code, r.Label, Unit, [.. columns.Select(col => cube.Where(c => r.Matches(c) && col.Matches(c)).Sum(c => c.Count))]))
            .ToList();
        return new StatisticalForm(number, title, periodLabel, groups, filled);
    }
}
