using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ThiDuaKhenThuong.Infrastructure.Documents;

/// <summary>One line of the cover letter's list: who is nominated and for which title or form of award.</summary>
public sealed record CoverLetterNominee(string Name, bool IsCollective, string Award);

/// <summary>What the cover letter says, taken from the dossier.</summary>
public sealed record CoverLetterData(string UnitName, string UnitCode, string Place, int Year, string Title, string? Summary, IReadOnlyList<CoverLetterNominee> Nominees);

/// <summary>
/// The unit's cover letter (tờ trình đề nghị khen thưởng) as a Word file, laid out after Nghị định 30/2020/NĐ-CP:
/// A4, Times New Roman, the two-column heading (issuing unit and number / national title, motto and date), the title,
/// the addressee, the request, the list of nominees and the signature block. Number and date are left for the clerk.
/// </summary>
public static class CoverLetterDocx
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private const string Font = "Times New Roman";

    private enum Align
    {
        Left,
        Center,
        Both,
    }

    public static byte[] Build(CoverLetterData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            AddStyles(main);
            var body = new Body();
            body.Append(Heading(data));
            body.Append(Paragraph(Align.Center, 240, 0, Text("TỜ TRÌNH", 28, bold: true)));
            body.Append(Paragraph(Align.Center, 0, 0, Text(Subject(data.Title), 28, bold: true)));
            body.Append(Paragraph(Align.Center, 0, 240, Text("__________", 28, bold: true)));
            body.Append(Paragraph(Align.Center, 0, 240, Text("Kính gửi: Hội đồng Thi đua - Khen thưởng tỉnh (qua Cơ quan Thường trực)", 28)));
            foreach (var text in Request(data))
            {
                body.Append(BodyParagraph(text));
            }

            body.Append(NomineeTable(data.Nominees));
            body.Append(BodyParagraph("(Có hồ sơ, báo cáo thành tích của từng trường hợp kèm theo)."));
            body.Append(BodyParagraph("Kính đề nghị Hội đồng Thi đua - Khen thưởng tỉnh xem xét, quyết định./."));
            body.Append(Signature());
            body.Append(new SectionProperties(
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1134, Bottom = 1134, Left = 1701U, Right = 850U, Header = 567U, Footer = 567U, Gutter = 0U }));
            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    /// <summary>"Về việc …": the dossier's title follows "đề nghị khen thưởng" unless it already starts with "Đề nghị".</summary>
    public static string Subject(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var trimmed = title.Trim();
        return trimmed.StartsWith("Đề nghị", StringComparison.OrdinalIgnoreCase)
            ? "Về việc đ" + trimmed[1..]
            : "Về việc đề nghị khen thưởng " + trimmed;
    }

    private static IEnumerable<string> Request(CoverLetterData data)
    {
        var people = data.Nominees.Count(n => !n.IsCollective);
        var collectives = data.Nominees.Count - people;
        var whom = (people, collectives) switch
        {
            ( > 0, > 0) => $"{people} cá nhân và {collectives} tập thể",
            ( > 0, _) => $"{people} cá nhân",
            (_, > 0) => $"{collectives} tập thể",
            _ => "các cá nhân, tập thể",
        };
        yield return "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022; Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;";
        yield return $"Căn cứ thành tích đạt được năm {data.Year.ToString(CultureInfo.InvariantCulture)}, {data.UnitName} kính trình Hội đồng Thi đua - Khen thưởng tỉnh xem xét, khen thưởng hoặc trình cấp có thẩm quyền khen thưởng cho {whom}, cụ thể như sau:";
        if (!string.IsNullOrWhiteSpace(data.Summary))
        {
            yield return "Tóm tắt thành tích: " + data.Summary.Trim();
        }
    }

    private static Table Heading(CoverLetterData data)
    {
        var left = new TableCell(
            CellWidth(3600),
            Paragraph(Align.Center, 0, 0, Text(data.UnitName.ToUpperInvariant(), 26, bold: true)),
            Paragraph(Align.Center, 0, 120, Text("_______", 26, bold: true)),
            Paragraph(Align.Center, 0, 0, Text($"Số:        /TTr-{data.UnitCode}", 26)));
        var right = new TableCell(
            CellWidth(5760),
            Paragraph(Align.Center, 0, 0, Text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 26, bold: true)),
            Paragraph(Align.Center, 0, 0, Text("Độc lập - Tự do - Hạnh phúc", 28, bold: true)),
            Paragraph(Align.Center, 0, 120, Text("________________________", 26, bold: true)),
            Paragraph(Align.Center, 0, 0, Text($"{data.Place}, ngày      tháng      năm {data.Year.ToString(CultureInfo.InvariantCulture)}", 28, italic: true)));
        return Borderless(new TableRow(left, right), 3600, 5760);
    }

    private static Table NomineeTable(IReadOnlyList<CoverLetterNominee> nominees)
    {
        int[] widths = [700, 3700, 1460, 3500];
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
        table.Append(Row(widths, true, "STT", "Họ và tên / Tên tập thể", "Cá nhân / Tập thể", "Danh hiệu, hình thức khen thưởng"));
        var number = 0;
        foreach (var nominee in nominees)
        {
            number++;
            table.Append(Row(widths, false, number.ToString(CultureInfo.InvariantCulture), nominee.Name, nominee.IsCollective ? "Tập thể" : "Cá nhân", nominee.Award));
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
            var align = i == 1 && !header ? Align.Left : Align.Center;
            row.Append(new TableCell(CellWidth(widths[i]), Paragraph(align, 40, 40, Text(values[i], 26, bold: header))));
        }

        return row;
    }

    private static Table Signature()
    {
        var left = new TableCell(
            CellWidth(4680),
            Paragraph(Align.Left, 240, 0, Text("Nơi nhận:", 24, bold: true, italic: true)),
            Paragraph(Align.Left, 0, 0, Text("- Như trên;", 22)),
            Paragraph(Align.Left, 0, 0, Text("- Lưu: VT.", 22)));
        var right = new TableCell(
            CellWidth(4680),
            Paragraph(Align.Center, 240, 0, Text("THỦ TRƯỞNG ĐƠN VỊ", 28, bold: true)),
            Paragraph(Align.Center, 0, 0, Text("(Ký, ghi rõ họ tên và đóng dấu)", 28, italic: true)));
        return Borderless(new TableRow(left, right), 4680, 4680);
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

    private static Paragraph BodyParagraph(string text) => Paragraph(Align.Both, 60, 60, Text(text, 28), firstLineIndent: 567);

    private static Paragraph Paragraph(Align align, int before, int after, Run run, int firstLineIndent = 0)
    {
        var justification = align switch
        {
            Align.Center => JustificationValues.Center,
            Align.Both => JustificationValues.Both,
            _ => JustificationValues.Left,
        };
        var properties = new ParagraphProperties(
            new SpacingBetweenLines { Before = before.ToString(CultureInfo.InvariantCulture), After = after.ToString(CultureInfo.InvariantCulture), Line = "264", LineRule = LineSpacingRuleValues.Auto });
        if (firstLineIndent > 0)
        {
            properties.Append(new Indentation { FirstLine = firstLineIndent.ToString(CultureInfo.InvariantCulture) });
        }

        properties.Append(new Justification { Val = justification });
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
