using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Web.Features.Dossiers;
using ThiDuaKhenThuong.Web.Features.Shared;

namespace ThiDuaKhenThuong.Web.Features.DossierDocuments;

/// <summary>
/// The dossier list the user sees on /Dossiers, as an Excel workbook: the same visibility (a unit its own dossiers, the
/// Standing Agency and the province's leaders every dossier sent) and the same filters, without paging.
/// </summary>
public static class ExportDossiers
{
    public const int MaxRows = 50_000;

    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public sealed class Row
    {
        [ExcelColumnName("Số hồ sơ")]
        [ExcelColumnWidth(20)]
        public string Number { get; init; } = string.Empty;

        [ExcelColumnName("Trích yếu")]
        [ExcelColumnWidth(60)]
        public string Title { get; init; } = string.Empty;

        [ExcelColumnName("Đơn vị")]
        [ExcelColumnWidth(40)]
        public string Unit { get; init; } = string.Empty;

        [ExcelColumnName("Năm")]
        [ExcelColumnWidth(8)]
        public int Year { get; init; }

        [ExcelColumnName("Loại hình")]
        [ExcelColumnWidth(18)]
        public string Kind { get; init; } = string.Empty;

        [ExcelColumnName("Số đề nghị")]
        [ExcelColumnWidth(12)]
        public int NominationCount { get; init; }

        [ExcelColumnName("Ngày gửi")]
        [ExcelColumnWidth(14)]
        public string SentOn { get; init; } = string.Empty;
    }

    public sealed record File(byte[] Content, string FileName);

    public sealed class Handler(AppDbContext db, TimeProvider clock)
    {
        public async Task<File> HandleAsync(DossierViewer viewer, ListDossiers.Query query, CancellationToken cancellationToken)
        {
            var dossiers = ListDossiers.Filter(db, ListDossiers.Visible(db.Dossiers.AsNoTracking(), viewer), query);
            dossiers = query.Sort switch
            {
                "title" => dossiers.OrderBy(d => d.Title).ThenBy(d => d.Id),
                "number" => dossiers.OrderBy(d => d.Year).ThenBy(d => d.Number).ThenBy(d => d.Id),
                _ => dossiers.OrderByDescending(d => d.CreatedAt).ThenBy(d => d.Id),
            };
            var found = await dossiers.Take(MaxRows)
                .Select(d => new
                {
                    d.Number, d.Year, d.Title, d.Kind, d.SentAt,
                    UnitName = db.Units.Where(u => u.Id == d.UnitId).Select(u => u.Name).FirstOrDefault(),
                    Count = d.Nominations.Count,
                })
                .ToListAsync(cancellationToken);
            var rows = found.Select(d => new Row
            {
                Number = d.Number is { } n ? $"{n:D4}/{d.Year}/HS-TĐKT" : "(chưa cấp số)",
                Title = d.Title,
                Unit = d.UnitName ?? string.Empty,
                Year = d.Year,
                Kind = CreateDossier.Label(d.Kind),
                NominationCount = d.Count,
                SentOn = d.SentAt is { } sent ? TimeZoneInfo.ConvertTime(sent, clock.LocalTimeZone).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) : string.Empty,
            }).ToList();
            using var stream = new MemoryStream();
            await stream.SaveAsAsync(rows, sheetName: "Hồ sơ", cancellationToken: cancellationToken);
            var today = clock.GetLocalNow().ToString("yyyyMMdd", CultureInfo.InvariantCulture);
            return new File(stream.ToArray(), $"danh-sach-ho-so-{today}.xlsx");
        }
    }
}
