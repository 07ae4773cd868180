using System.Text.Json.Serialization;

namespace ThiDuaKhenThuong.Domain.Reporting;

/// <summary>The two periodic reports on the emulation movement and commendation work (DOMAIN §9).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReportPeriodKind>))]
public enum ReportPeriodKind
{
    /// <summary>Báo cáo sơ kết 6 tháng đầu năm: 1 January to 30 June.</summary>
    SixMonth,

    /// <summary>Báo cáo tổng kết năm: the whole calendar year.</summary>
    Annual,
}

/// <summary>Whose report it is: the whole province, a unit with the units under it, or a cluster/block of the year.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReportScopeKind>))]
public enum ReportScopeKind
{
    Province,
    Unit,
    EmulationGroup,
}

/// <summary>A report period: its first and last day (inclusive).</summary>
public sealed record ReportPeriod(ReportPeriodKind Kind, int Year)
{
    public DateOnly From => new(Year, 1, 1);

    public DateOnly To => Kind switch
    {
        ReportPeriodKind.SixMonth => new(Year, 6, 30),
        ReportPeriodKind.Annual => new(Year, 12, 31),
    };

    public string Label => Kind switch
    {
        ReportPeriodKind.SixMonth => $"6 tháng đầu năm {Year}",
        ReportPeriodKind.Annual => $"năm {Year}",
    };

    /// <summary>The report's title line: "Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2025".</summary>
    public string Title => Kind switch
    {
        ReportPeriodKind.SixMonth => $"Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm {Year}",
        ReportPeriodKind.Annual => $"Tổng kết công tác thi đua, khen thưởng năm {Year}",
    };

    public string NextPeriodLabel => Kind switch
    {
        ReportPeriodKind.SixMonth => $"6 tháng cuối năm {Year}",
        ReportPeriodKind.Annual => $"năm {Year + 1}",
    };
}

public static class ReportLabels
{
    public static string Label(this ReportPeriodKind kind) => kind switch
    {
        ReportPeriodKind.SixMonth => "Báo cáo 6 tháng",
        ReportPeriodKind.Annual => "Báo cáo năm",
    };

    public static string Label(this ReportScopeKind kind) => kind switch
    {
        ReportScopeKind.Province => "Toàn tỉnh",
        ReportScopeKind.Unit => "Đơn vị",
        ReportScopeKind.EmulationGroup => "Cụm, khối thi đua",
    };
}
