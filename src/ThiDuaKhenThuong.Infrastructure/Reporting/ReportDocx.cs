using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ThiDuaKhenThuong.Infrastructure.Reporting;

/// <summary>
/// The report as an editable Word file (Nghị định 30/2020/NĐ-CP layout: A4, Times New Roman 14, the heading block,
/// title, the four narrative sections, the figure tables, the signature block).
/// </summary>
public static class ReportDocx
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private const string Font = "Times New Roman";

    public static byte[] Build(ReportDocument report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new Styles(new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
                    new FontSize { Val = "28" }, new FontSizeComplexScript { Val = "28" }, new Languages { Val = "vi-VN" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "0" }))));
            styles.Styles.Save();
            var body = new Body();
            body.Append(Heading(report));
            body.Append(Para(JustificationValues.Center, 240, 0, Run(ReportDocument.Title, 28, bold: true)));
            body.Append(Para(JustificationValues.Center, 0, 0, Run(report.Subtitle, 28, bold: true)));
            body.Append(Para(JustificationValues.Center, 0, 240, Run("__________", 28, bold: true)));
            Section(body, "I. KẾT QUẢ THỰC HIỆN CÁC PHONG TRÀO THI ĐUA", report.Narrative.Movements);
            Section(body, "II. KẾT QUẢ CÔNG TÁC KHEN THƯỞNG", report.Narrative.Commendation);
            Section(body, "III. HẠN CHẾ, NGUYÊN NHÂN", report.Narrative.Shortcomings);
            Section(body, "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ " + report.Figures.Period.NextPeriodLabel.ToUpper(CultureInfo.GetCultureInfo("vi-VN")), report.Narrative.NextTasks);
            body.Append(Para(JustificationValues.Left, 240, 120, Run("PHỤ LỤC: SỐ LIỆU", 28, bold: true)));
            body.Append(Para(JustificationValues.Left, 0, 120, Run($"(Số liệu tính đến ngày {report.Figures.AsOf:dd/MM/yyyy})", 26, italic: true)));
            var number = 0;
            foreach (var table in report.Tables)
            {
                number++;
                body.Append(Para(JustificationValues.Left, 180, 60, Run($"{number}. {table.Title}", 26, bold: true)));
                body.Append(table.Rows is null ? Para(JustificationValues.Left, 0, 0, Run(ReportTables.NoData, 26, italic: true)) : Grid(table));
            }

            body.Append(Signature());
            body.Append(new SectionProperties(
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1134, Bottom = 1134, Left = 1701U, Right = 850U, Header = 567U, Footer = 567U, Gutter = 0U }));
            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static void Section(Body body, string title, string text)
    {
        body.Append(Para(JustificationValues.Left, 180, 60, Run(title, 28, bold: true)));
        foreach (var paragraph in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var p = Para(JustificationValues.Both, 60, 60, Run(paragraph, 28));
            p.ParagraphProperties!.Append(new Indentation { FirstLine = "567" });
            body.Append(p);
        }
    }

    private static Table Heading(ReportDocument report)
    {
        var left = new TableCell(Width(3600),
            Para(JustificationValues.Center, 0, 0, Run(report.ParentBody, 26)),
            Para(JustificationValues.Center, 0, 0, Run(report.IssuingBody.ToUpper(CultureInfo.GetCultureInfo("vi-VN")), 26, bold: true)),
            Para(JustificationValues.Center, 0, 120, Run("_______", 26, bold: true)),
            Para(JustificationValues.Center, 0, 0, Run("Số:        /BC-TĐKT", 26)));
        var date = report.Date is { } d
            ? string.Create(CultureInfo.InvariantCulture, $"{report.Place}, ngày {d.Day:00} tháng {d.Month:00} năm {d.Year}")
            : $"{report.Place}, ngày      tháng      năm";
        var right = new TableCell(Width(5760),
            Para(JustificationValues.Center, 0, 0, Run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 26, bold: true)),
            Para(JustificationValues.Center, 0, 0, Run("Độc lập - Tự do - Hạnh phúc", 28, bold: true)),
            Para(JustificationValues.Center, 0, 120, Run("________________________", 26, bold: true)),
            Para(JustificationValues.Center, 0, 0, Run(date, 28, italic: true)));
        return Borderless(new TableRow(left, right), 3600, 5760);
    }

    private static Table Signature()
    {
        var left = new TableCell(Width(4680),
            Para(JustificationValues.Left, 240, 0, Run("Nơi nhận:", 24, bold: true, italic: true)),
            Para(JustificationValues.Left, 0, 0, Run("- Như trên;", 22)),
            Para(JustificationValues.Left, 0, 0, Run("- Lưu: VT.", 22)));
        var right = new TableCell(Width(4680),
            Para(JustificationValues.Center, 240, 0, Run("THỦ TRƯỞNG CƠ QUAN", 28, bold: true)),
            Para(JustificationValues.Center, 0, 0, Run("(Ký, ghi rõ họ tên và đóng dấu)", 28, italic: true)));
        return Borderless(new TableRow(left, right), 4680, 4680);
    }

    private static Table Grid(ReportTable table)
    {
        var count = table.Headers.Count;
        var first = count == 2 ? 6360 : 9360 - ((count - 1) * 1200);
        var widths = Enumerable.Range(0, count).Select(i => i == 0 ? first : (count == 2 ? 3000 : 1200)).ToArray();
        var borders = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4U }, new LeftBorder { Val = BorderValues.Single, Size = 4U },
            new BottomBorder { Val = BorderValues.Single, Size = 4U }, new RightBorder { Val = BorderValues.Single, Size = 4U },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4U }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4U });
        var grid = new Table(
            new TableProperties(new TableWidth { Width = "9360", Type = TableWidthUnitValues.Dxa }, borders),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));
        grid.Append(Line(widths, true, table.Headers));
        foreach (var row in table.Rows!)
        {
            grid.Append(Line(widths, false, row));
        }

        return grid;
    }

    private static TableRow Line(int[] widths, bool header, IReadOnlyList<string> cells)
    {
        var row = new TableRow();
        if (header)
        {
            row.Append(new TableRowProperties(new TableHeader()));
        }

        for (var i = 0; i < cells.Count; i++)
        {
            var align = header ? JustificationValues.Center : i == 0 ? JustificationValues.Left : JustificationValues.Right;
            row.Append(new TableCell(Width(widths[i]), Para(align, 20, 20, Run(cells[i], 24, bold: header))));
        }

        return row;
    }

    private static Table Borderless(TableRow row, params int[] widths)
    {
        var none = new TableBorders(
            new TopBorder { Val = BorderValues.None }, new LeftBorder { Val = BorderValues.None },
            new BottomBorder { Val = BorderValues.None }, new RightBorder { Val = BorderValues.None },
            new InsideHorizontalBorder { Val = BorderValues.None }, new InsideVerticalBorder { Val = BorderValues.None });
        return new Table(
            new TableProperties(new TableWidth { Width = widths.Sum().ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }, none, new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })),
            row);
    }

    private static TableCellProperties Width(int width) => new(new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });

    private static Paragraph Para(JustificationValues align, int before, int after, Run run)
        => new(new ParagraphProperties(
            new SpacingBetweenLines { Before = before.ToString(CultureInfo.InvariantCulture), After = after.ToString(CultureInfo.InvariantCulture), Line = "264", LineRule = LineSpacingRuleValues.Auto },
            new Justification { Val = align }), run);

    private static Run Run(string text, int halfPoints, bool bold = false, bool italic = false)
    {
        var properties = new RunProperties(new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font });
        if (bold)
        {
            properties.Append(new Bold());
        }

        if (italic)
        {
            properties.Append(new Italic());
        }

        var size = halfPoints.ToString(CultureInfo.InvariantCulture);
        properties.Append(new FontSize { Val = size }, new FontSizeComplexScript { Val = size });
        return new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }
}
