using System.Globalization;
using ThiDuaKhenThuong.Domain.Reporting;

namespace ThiDuaKhenThuong.Infrastructure.Reporting;

/// <summary>A table of a report as all three formats print it. <see cref="Rows"/> is null when there is no data yet.</summary>
public sealed record ReportTable(string Key, string Title, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>>? Rows)
{
    public bool HasData => Rows is not null;
}

/// <summary>The published or previewed report, everything a renderer needs: PDF, Word and Excel all read this.</summary>
public sealed record ReportDocument(
    ReportFigures Figures,
    ReportNarrative Narrative,
    string ParentBody,
    string IssuingBody,
    string Place,
    DateOnly? Date,
    string? VersionLabel)
{
    public const string Title = "BÁO CÁO";

    public string Subtitle => Figures.Period.Title + (Figures.ScopeKind == ReportScopeKind.Province ? string.Empty : " của " + Figures.ScopeName);

    public IReadOnlyList<ReportTable> Tables => ReportTables.From(Figures);

    public string FileName(string extension)
        => string.Create(CultureInfo.InvariantCulture, $"bao-cao-{(Figures.PeriodKind == ReportPeriodKind.SixMonth ? "6-thang" : "nam")}-{Figures.Year}.{extension}");
}

/// <summary>Turns the figures into the report's tables, numbers formatted the Vietnamese way (1.234; 12,5 %).</summary>
public static class ReportTables
{
    public const string NoData = NarrativeDraft.NoData;

    private static readonly string[] CountHeaders = ["Cá nhân", "Tập thể", "Hộ gia đình", "Tổng số"];

    public static IReadOnlyList<ReportTable> From(ReportFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var a = figures.Awards;
        var d = figures.Dossiers;
        return
        [
            new("by-form", "Khen thưởng theo hình thức", ["Hình thức khen thưởng", "Cấp", .. CountHeaders],
                [.. a.ByForm.Select(r => Row(r.Name, Domain.Catalog.CatalogLabels.Label(r.Level), N(r.Individuals), N(r.Collectives), N(r.Households), N(r.Total))), Row("Tổng số", string.Empty, N(a.Individuals), N(a.Collectives), N(a.Households), N(a.Total))]),
            new("by-level", "Khen thưởng theo cấp", ["Cấp khen thưởng", .. CountHeaders], Counts(a.ByLevel)),
            new("by-recipient", "Khen thưởng theo đối tượng", ["Đối tượng", "Số lượt"],
            [
                Row("Cá nhân", N(a.Individuals)),
                Row("- Trong đó: lãnh đạo, quản lý", N(a.Leaders)),
                Row("   + Lãnh đạo cấp tỉnh", N(a.ProvinceLeaders)),
                Row("   + Lãnh đạo cấp sở, ngành, huyện", N(a.DepartmentLeaders)),
                Row("   + Phó trưởng phòng trở lên", N(a.DivisionLeaders)),
                Row("- Người trực tiếp lao động, sản xuất, công tác", N(a.DirectWorkers)),
                Row("- Tỷ lệ người trực tiếp lao động trong số cá nhân", a.DirectWorkerSharePercent is { } s ? P(s) : NoData),
                Row("Tập thể", N(a.Collectives)),
                Row("- Trong đó: doanh nghiệp", N(a.Enterprises)),
                Row("Hộ gia đình", N(a.Households)),
                Row("Tổng số", N(a.Total)),
            ]),
            new("by-kind", "Khen thưởng theo loại hình", ["Loại hình khen thưởng", .. CountHeaders], Counts(a.ByKind)),
            new("by-unit", "Khen thưởng theo đơn vị", ["Đơn vị", .. CountHeaders], Counts(a.ByUnit)),
            new("by-group", "Khen thưởng theo cụm, khối thi đua", ["Cụm, khối thi đua", .. CountHeaders], Counts(a.ByGroup)),
            new("dossiers", "Tiếp nhận và xử lý hồ sơ đề nghị khen thưởng", ["Chỉ tiêu", "Số liệu"],
            [
                Row("Hồ sơ đã tiếp nhận", N(d.Received)),
                Row("Hồ sơ trả lại để bổ sung", N(d.Returned)),
                Row("Hồ sơ đã thẩm định xong", N(d.Processed)),
                Row($"Trong đó: đúng thời hạn ({d.LimitWorkingDays} ngày làm việc)", N(d.ProcessedWithinLimit)),
                Row("Tỷ lệ đúng thời hạn", d.WithinLimitPercent is { } w ? P(w) : NoData),
                Row("Số ngày làm việc thẩm định (trung vị)", d.MedianWorkingDays is { } m ? m.ToString("0.#", Vi) : NoData),
            ]),
            new("outcomes", "Kết quả xét đề nghị khen thưởng", ["Kết quả", "Số đề nghị"], [.. d.NominationOutcomes.Select(o => Row(o.Label, N(o.Count)))]),
            new("campaigns", "Phong trào thi đua", ["Chỉ tiêu", "Số liệu"], figures.Campaigns is { } c
                ? [Row("Phong trào đã phát động", N(c.Launched)), Row("Đã sơ kết", N(c.PreliminarilyReviewed)), Row("Đã tổng kết", N(c.FinallyReviewed))]
                : null),
            new("plans", "Kế hoạch thi đua của các đơn vị", ["Chỉ tiêu", "Số liệu"], figures.Plans is { } p
                ? [Row("Đơn vị phải gửi kế hoạch", N(p.Expected)), Row("Đã gửi", N(p.Received)), Row("Gửi đúng hạn", N(p.OnTime)), Row("Gửi muộn", N(p.Late)), Row("Chưa gửi", N(p.Missing))]
                : null),
            new("council", "Hội đồng Thi đua - Khen thưởng", ["Chỉ tiêu", "Số liệu"], figures.Council is { } k
                ? [Row("Phiên họp", N(k.Sessions)), Row("Trường hợp đã bỏ phiếu", N(k.ItemsVoted)), Row("Trường hợp đạt", N(k.ItemsPassed)), Row("Tỷ lệ đạt", k.PassRatePercent is { } r ? P(r) : NoData)]
                : null),
            new("awardees", "Cá nhân, tập thể được khen thưởng cấp tỉnh, cấp Trung ương", ["Cá nhân, tập thể", "Đơn vị", "Hình thức khen thưởng", "Số quyết định"], figures.Awardees is { } list
                ? [.. list.Select(r => Row(r.Revoked ? r.Name + " (đã bị thu hồi)" : r.Name, r.UnitName, r.AwardName, r.DecisionNumber))]
                : null),
        ];
    }

    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    private static string N(int value) => NarrativeDraft.N(value);

    private static string P(decimal value) => NarrativeDraft.P(value);

    private static string[] Row(params string[] cells) => cells;

    private static IReadOnlyList<IReadOnlyList<string>> Counts(IReadOnlyList<AwardCountRow> rows)
        => [.. rows.Select(r => Row(r.Label, N(r.Individuals), N(r.Collectives), N(r.Households), N(r.Total)))];
}
