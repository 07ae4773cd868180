using System.Diagnostics;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ThiDuaKhenThuong.Domain.Reporting;
using ThiDuaKhenThuong.Infrastructure.Reporting;
using ThiDuaKhenThuong.Infrastructure.Tenancy;
using ThiDuaKhenThuong.TestKit;

namespace ThiDuaKhenThuong.IntegrationTests.Reports;

internal static class ReportTestKit
{
    public static async Task<ReportFigures> FiguresAsync(PortalFixture fixture, ReportDataset data, ReportPeriodKind kind, DateOnly asOf, ReportScopeKind scope = ReportScopeKind.Province, Guid? scopeId = null)
        => await fixture.Portal.WithScopeAsync(async sp =>
        {
            using var _ = sp.GetRequiredService<ITenantContext>().Use(data.TenantId);
            return await sp.GetRequiredService<ReportFiguresQuery>().ComputeAsync(
                new ReportRequest(data.TenantId, new ReportPeriod(kind, 2025), new ReportScope(scope, scopeId, "Phạm vi thử"), asOf), CancellationToken.None);
        });

    public static async Task<IReadOnlyList<AwardCubeRow>> CubeAsync(PortalFixture fixture, ReportDataset data, DateOnly asOf)
        => await fixture.Portal.WithScopeAsync(async sp =>
        {
            using var _ = sp.GetRequiredService<ITenantContext>().Use(data.TenantId);
            return await sp.GetRequiredService<ReportFiguresQuery>().AwardCubeAsync(
                new ReportRequest(data.TenantId, new ReportPeriod(ReportPeriodKind.Annual, 2025), ReportScope.Province("Tỉnh Kiểm Thử"), asOf), CancellationToken.None);
        });

    public static AwardCountRow Row(IReadOnlyList<AwardCountRow> rows, string label) => rows.Single(r => r.Label == label);

    /// <summary>The text of a PDF as <c>pdftotext -layout</c> returns it.</summary>
    public static string PdfText(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"report-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-layout", path, "-"]) { RedirectStandardOutput = true })!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return text;
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Reads a workbook back: sheet name → cell reference → value (inline strings and numbers).</summary>
    public static Dictionary<string, Dictionary<string, string>> Cells(byte[] xlsx, out Dictionary<string, List<string>> merges)
    {
        using var stream = new MemoryStream(xlsx);
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;
        var result = new Dictionary<string, Dictionary<string, string>>();
        merges = [];
        foreach (var sheet in workbook.Workbook.Sheets!.Elements<Sheet>())
        {
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
            var cells = new Dictionary<string, string>();
            foreach (var cell in part.Worksheet.Descendants<Cell>())
            {
                cells[cell.CellReference!] = cell.DataType?.Value == CellValues.InlineString ? cell.InlineString?.InnerText ?? string.Empty : cell.CellValue?.Text ?? string.Empty;
            }

            result[sheet.Name!] = cells;
            merges[sheet.Name!] = [.. part.Worksheet.Descendants<MergeCell>().Select(m => m.Reference!.Value!)];
        }

        return result;
    }

    public static string DocxText(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        return string.Join("\n", document.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
    }
}
