using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ThiDuaKhenThuong.Infrastructure.Documents;

/// <summary>
/// A decision or submission as an editable Word file, laid out after Nghị định 30/2020/NĐ-CP like
/// <see cref="CoverLetterDocx"/>: A4, Times New Roman 14 pt, the two-column heading, title and "Về việc" line, the
/// "Căn cứ …" lines, the articles, the signature block, and the annex of awardees grouped by unit on a new page.
/// </summary>
public static class DecisionDocx
{
    public const string ContentType = CoverLetterDocx.ContentType;

    private const string Font = "Times New Roman";

    public static byte[] Build(DecisionDocument data)
    {
        ArgumentNullException.ThrowIfNull(data);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            AddStyles(main);
            var body = new Body();
            body.Append(Heading(data));
            body.Append(Centered(240, 0, Text(data.Title, 28, bold: true)));
            body.Append(Centered(0, 0, Text(data.Subject, 28, bold: true)));
            body.Append(Centered(0, 240, Text("__________", 28, bold: true)));
            if (data.Issuer is { } issuer)
            {
                body.Append(Centered(0, 240, Text(issuer, 28, bold: true)));
            }

            if (data.Addressee is { } addressee)
            {
                body.Append(Centered(0, 240, Text(addressee, 28)));
            }

            foreach (var line in data.LegalBasis)
            {
                body.Append(BodyParagraph(line, italic: data.Issuer is not null));
            }

            if (data.Issuer is not null)
            {
                body.Append(Centered(240, 240, Text("QUYẾT ĐỊNH:", 28, bold: true)));
            }

            foreach (var article in data.Articles)
            {
                body.Append(Article(article));
            }

            body.Append(Signature(data));
            body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
            body.Append(Centered(0, 0, Text(data.AnnexTitle, 28, bold: true)));
            body.Append(Centered(0, 240, Text(data.AnnexReference, 28, italic: true)));
            body.Append(AnnexTable(data.Annex));
            body.Append(new SectionProperties(
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1134, Bottom = 1134, Left = 1701U, Right = 850U, Header = 567U, Footer = 567U, Gutter = 0U }));
            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static Table Heading(DecisionDocument data)
    {
        var left = new TableCell(
            CellWidth(3600),
            Centered(0, 0, Text(data.ParentBody, 26)),
            Centered(0, 0, Text(data.IssuingBody, 26, bold: true)),
            Centered(0, 120, Text("_______", 26, bold: true)),
            Centered(0, 0, Text("Số: " + data.NumberAndSymbol, 26)));
        var right = new TableCell(
            CellWidth(5760),
            Centered(0, 0, Text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 26, bold: true)),
            Centered(0, 0, Text("Độc lập - Tự do - Hạnh phúc", 28, bold: true)),
            Centered(0, 120, Text("________________________", 26, bold: true)),
            Centered(0, 0, Text(data.DateLine, 28, italic: true)));
        return Borderless(new TableRow(left, right), 3600, 5760);
    }

    /// <summary>"Điều 1." in bold, the rest plain.</summary>
    private static Paragraph Article(string text)
    {
        var paragraph = BodyParagraph(string.Empty, false);
        paragraph.RemoveAllChildren<Run>();
        var split = text.StartsWith("Điều ", StringComparison.Ordinal) ? text.IndexOf('.', StringComparison.Ordinal) + 1 : 0;
        if (split > 0)
        {
            paragraph.Append(Text(text[..split], 28, bold: true));
        }

        paragraph.Append(Text(text[split..], 28));
        return paragraph;
    }

    private static Table Signature(DecisionDocument data)
    {
        var left = new TableCell(CellWidth(4680), Paragraph(JustificationValues.Left, 240, 0, Text("Nơi nhận:", 24, bold: true, italic: true)));
        foreach (var line in data.Recipients)
        {
            left.Append(Paragraph(JustificationValues.Left, 0, 0, Text(line, 22)));
        }

        var right = new TableCell(CellWidth(4680));
        var first = true;
        foreach (var line in data.SignerLines)
        {
            right.Append(Centered(first ? 240 : 0, 0, Text(line, 28, bold: true)));
            first = false;
        }

        right.Append(Centered(1200, 0, Text(data.SignerName, 28, bold: true)));
        return Borderless(new TableRow(left, right), 4680, 4680);
    }

    private static Table AnnexTable(IReadOnlyList<AnnexGroup> groups)
    {
        int[] widths = [800, 6060, 2500];
        var borders = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4U },
            new LeftBorder { Val = BorderValues.Single, Size = 4U },
            new BottomBorder { Val = BorderValues.Single, Size = 4U },
            new RightBorder { Val = BorderValues.Single, Size = 4U },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4U },
            new InsideVerticalBorder { Val = BorderValues.Single, Size = 4U });
        var table = new Table(
            new TableProperties(new TableWidth { Width = "9360", Type = TableWidthUnitValues.Dxa }, new TableJustification { Val = TableRowAlignmentValues.Center }, borders),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));
        table.Append(Row(widths, true, "STT", "Họ và tên / Tên tập thể", "Cá nhân / Tập thể"));
        foreach (var group in groups)
        {
            var unitRow = new TableRow(new TableCell(
                new TableCellProperties(new GridSpan { Val = 3 }),
                Paragraph(JustificationValues.Left, 40, 40, Text(group.UnitName, 26, bold: true))));
            table.Append(unitRow);
            foreach (var line in group.Lines)
            {
                table.Append(Row(widths, false, line.Number.ToString(CultureInfo.InvariantCulture), line.Name, line.IsCollective ? "Tập thể" : "Cá nhân"));
            }
        }

        return table;
    }

    private static TableRow Row(int[] widths, bool header, params string[] values)
    {
        var row = new TableRow();
        if (header)
        {
            row.Append(new TableRowProperties(new TableHeader()));
        }

        for (var i = 0; i < values.Length; i++)
        {
            var align = i == 1 && !header ? JustificationValues.Left : JustificationValues.Center;
            row.Append(new TableCell(CellWidth(widths[i]), Paragraph(align, 40, 40, Text(values[i], 26, bold: header))));
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

    private static TableCellProperties CellWidth(int width)
        => new(new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });

    private static Paragraph BodyParagraph(string text, bool italic)
    {
        var paragraph = Paragraph(JustificationValues.Both, 60, 60, Text(text, 28, italic: italic));
        paragraph.ParagraphProperties!.Append(new Indentation { FirstLine = "567" });
        return paragraph;
    }

    private static Paragraph Centered(int before, int after, Run run) => Paragraph(JustificationValues.Center, before, after, run);

    private static Paragraph Paragraph(JustificationValues justification, int before, int after, Run run)
    {
        var properties = new ParagraphProperties(
            new SpacingBetweenLines { Before = before.ToString(CultureInfo.InvariantCulture), After = after.ToString(CultureInfo.InvariantCulture), Line = "264", LineRule = LineSpacingRuleValues.Auto },
            new Justification { Val = justification });
        return new Paragraph(properties, run);
    }

    private static Run Text(string text, int halfPoints, bool bold = false, bool italic = false)
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

    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
                new FontSize { Val = "28" },
                new FontSizeComplexScript { Val = "28" },
                new Languages { Val = "vi-VN" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "0" }))));
        styles.Styles.Save();
    }
}
