using System.Globalization;
using System.Text;

namespace ThiDuaKhenThuong.Domain.Reporting;

/// <summary>The first draft of the narrative, written from the figures; the officer rewrites it as needed.</summary>
public static class NarrativeDraft
{
    public const string NoData = "Chưa có số liệu";

    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    public static ReportNarrative From(ReportFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var period = figures.Period.Label;
        var a = figures.Awards;
        var movements = figures.Campaigns is { } c
            ? $"Trong {period}, {figures.ScopeName} đã phát động {N(c.Launched)} phong trào thi đua; sơ kết {N(c.PreliminarilyReviewed)} và tổng kết {N(c.FinallyReviewed)} phong trào."
            : $"Trong {period}, các phong trào thi đua của {figures.ScopeName} được triển khai theo kế hoạch. (Số liệu phong trào: {NoData}.)";

        var commendation = new StringBuilder();
        commendation.Append(CultureInfo.InvariantCulture, $"Trong {period}, đã khen thưởng {N(a.Total)} lượt, gồm {N(a.Individuals)} lượt cá nhân, {N(a.Collectives)} lượt tập thể và {N(a.Households)} lượt hộ gia đình.");
        foreach (var level in a.ByLevel.Where(l => l.Total > 0))
        {
            commendation.Append(CultureInfo.InvariantCulture, $" {level.Label}: {N(level.Total)} lượt.");
        }

        if (a.DirectWorkerSharePercent is { } share)
        {
            commendation.Append(CultureInfo.InvariantCulture, $" Người trực tiếp lao động, sản xuất, công tác được khen {N(a.DirectWorkers)} lượt, chiếm {P(share)} số cá nhân được khen.");
        }

        var d = figures.Dossiers;
        commendation.Append(CultureInfo.InvariantCulture, $" Cơ quan Thường trực đã tiếp nhận {N(d.Received)} hồ sơ, trả lại để bổ sung {N(d.Returned)} hồ sơ, thẩm định xong {N(d.Processed)} hồ sơ");
        commendation.Append(d.WithinLimitPercent is { } onTime ? string.Create(CultureInfo.InvariantCulture, $", trong đó {N(d.ProcessedWithinLimit)} hồ sơ ({P(onTime)}) đúng thời hạn.") : ".");

        var shortcomings = new StringBuilder("Bên cạnh kết quả đạt được, công tác thi đua, khen thưởng còn một số hạn chế:");
        if (d.Processed > d.ProcessedWithinLimit)
        {
            shortcomings.Append(CultureInfo.InvariantCulture, $" còn {N(d.Processed - d.ProcessedWithinLimit)} hồ sơ thẩm định quá thời hạn {d.LimitWorkingDays} ngày làm việc;");
        }

        if (d.Returned > 0)
        {
            shortcomings.Append(CultureInfo.InvariantCulture, $" {N(d.Returned)} hồ sơ phải bổ sung do chưa đầy đủ, đúng quy định;");
        }

        if (a.DirectWorkerSharePercent is { } lowShare && lowShare < 50m)
        {
            shortcomings.Append(CultureInfo.InvariantCulture, $" tỷ lệ khen thưởng người trực tiếp lao động, sản xuất mới đạt {P(lowShare)};");
        }

        shortcomings.Append(" Nguyên nhân: (nêu nguyên nhân chủ quan, khách quan).");
        var next = $"Trong {figures.Period.NextPeriodLabel}, tiếp tục đổi mới nội dung, hình thức các phong trào thi đua; nâng cao chất lượng thẩm định, bảo đảm thời hạn xử lý hồ sơ; chú trọng khen thưởng người trực tiếp lao động, sản xuất, công tác.";
        return new ReportNarrative(movements, commendation.ToString(), shortcomings.ToString(), next);
    }

    public static string N(int value) => value.ToString("N0", Vi);

    public static string P(decimal percent) => percent.ToString("0.#", Vi) + " %";
}
