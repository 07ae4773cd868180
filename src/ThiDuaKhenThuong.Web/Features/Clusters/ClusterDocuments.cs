using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using ThiDuaKhenThuong.Domain.Organisation;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Web.Features.Shared.Printing;

namespace ThiDuaKhenThuong.Web.Features.Clusters;

/// <summary>
/// The year-end papers of a cluster or block: the ranking as an Excel workbook (once the leader unit has published it)
/// and the vote-count minutes of the leading-unit vote (biên bản kiểm phiếu suy tôn) as a PDF once the vote is closed.
/// </summary>
public static class ClusterDocuments
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    public sealed class RankingRow
    {
        [ExcelColumnName("Hạng")]
        [ExcelColumnWidth(8)]
        public int? Rank { get; init; }

        [ExcelColumnName("Đơn vị")]
        [ExcelColumnWidth(50)]
        public string Unit { get; init; } = string.Empty;

        [ExcelColumnName("Điểm tổng hợp")]
        [ExcelColumnWidth(16)]
        public decimal? Final { get; init; }

        [ExcelColumnName("Điểm tối đa")]
        [ExcelColumnWidth(14)]
        public decimal Maximum { get; init; }

        [ExcelColumnName("Vai trò")]
        [ExcelColumnWidth(16)]
        public string Role { get; init; } = string.Empty;
    }

    /// <summary>What the minutes print: the overview plus the province's name for the heading.</summary>
    public sealed record MinutesModel(ClusterOverview.Model Overview, string ProvinceName)
    {
        public string Place => ProvinceName.StartsWith("Tỉnh ", StringComparison.Ordinal) ? ProvinceName[5..] : ProvinceName;

        public DocumentHeading Heading => new(
            "UBND " + ProvinceName.ToUpperInvariant(),
            Overview.Context.Group.Name.ToUpper(Vi),
            null,
            Place,
            Overview.Context.Year.VoteClosedAt is { } closed ? DateOnly.FromDateTime(closed.ToOffset(TimeSpan.FromHours(7)).DateTime) : null);
    }

    /// <summary>Null with the reason when the ranking may not be exported yet; otherwise the workbook and its file name.</summary>
    public static (byte[]? Content, string FileNameOrReason) Ranking(ClusterOverview.Model model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (!model.Results.AllIn || !model.ShowRanking)
        {
            return (null, "Bảng xếp hạng chỉ xuất được khi đã đủ điểm chấm và đơn vị trưởng đã công bố kết quả.");
        }

        var context = model.Context;
        var compare = StringComparer.Create(Vi, false);
        var rows = model.Results.Members
            .OrderBy(m => m.Rank).ThenBy(m => context.Name(m.UnitId), compare)
            .Select(m => new RankingRow
            {
                Rank = m.Rank,
                Unit = context.Name(m.UnitId),
                Final = m.Final,
                Maximum = model.Results.SheetMaximum,
                Role = m.UnitId == context.LeaderUnitId ? context.Group.RoleLabel(GroupRole.Leader)
                    : m.UnitId == context.DeputyUnitId ? context.Group.RoleLabel(GroupRole.Deputy) : "thành viên",
            })
            .ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(rows, sheetName: "Xep hang");
        return (stream.ToArray(), $"xep-hang-{context.Group.Code.ToLowerInvariant()}-{context.Group.Year}.xlsx");
    }

    public sealed class Handler(AppDbContext db)
    {
        /// <summary>Null with the reason when the vote is not closed yet.</summary>
        public async Task<(MinutesModel? Model, string? Reason)> MinutesAsync(ClusterOverview.Model overview, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(overview);
            if (overview.Vote is null || overview.Context.Year.VoteClosedAt is null)
            {
                return (null, "Biên bản kiểm phiếu có sau khi kết thúc bỏ phiếu suy tôn.");
            }

            var province = await db.Tenants.AsNoTracking()
                .Where(t => t.Id == overview.Context.Group.TenantId).Select(t => t.Name).FirstAsync(cancellationToken);
            return (new MinutesModel(overview, province), null);
        }
    }
}
