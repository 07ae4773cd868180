using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ThiDuaKhenThuong.Infrastructure.Reporting;

/// <summary>
/// A small OpenXml workbook writer: inline strings and numbers, bold/bordered/wrapped styles, merged cells and column
/// widths — what the official layout of the statistical forms needs (merged header cells), without ClosedXML.
/// </summary>
internal sealed class XlsxWriter : IDisposable
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private readonly MemoryStream stream = new();
    private readonly SpreadsheetDocument document;
    private readonly Sheets sheets;
    private uint nextSheetId = 1;

    public XlsxWriter()
    {
        document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        sheets = workbook.Workbook.AppendChild(new Sheets());
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = Styles();
        styles.Stylesheet.Save();
    }

    /// <summary>Cell styles: 0 plain, 1 bold centred (titles), 2 bordered, 3 bordered bold centred wrapped (headers), 4 bordered number, 5 italic centred.</summary>
    public enum Style : uint
    {
        Plain = 0,
        Title = 1,
        Cell = 2,
        Header = 3,
        Number = 4,
        Note = 5,
    }

    public Sheet AddSheet(string name) => new(this, name);

    public byte[] ToArray()
    {
        document.WorkbookPart!.Workbook.Save();
        document.Dispose();
        return stream.ToArray();
    }

    public void Dispose()
    {
        document.Dispose();
        stream.Dispose();
    }

    private static Stylesheet Styles()
    {
        var fonts = new Fonts(
            Font(bold: false, italic: false),
            Font(bold: true, italic: false),
            Font(bold: false, italic: true));
        var fills = new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 }));
        var thin = new Border(
            new LeftBorder { Style = BorderStyleValues.Thin }, new RightBorder { Style = BorderStyleValues.Thin },
            new TopBorder { Style = BorderStyleValues.Thin }, new BottomBorder { Style = BorderStyleValues.Thin }, new DiagonalBorder());
        var borders = new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()), thin);
        var centred = new Alignment { Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Center, WrapText = true };
        var formats = new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true, Alignment = (Alignment)centred.CloneNode(true), ApplyAlignment = true },
            new CellFormat { BorderId = 1, ApplyBorder = true, Alignment = new Alignment { Vertical = VerticalAlignmentValues.Center, WrapText = true }, ApplyAlignment = true },
            new CellFormat { FontId = 1, BorderId = 1, ApplyFont = true, ApplyBorder = true, Alignment = (Alignment)centred.CloneNode(true), ApplyAlignment = true },
            new CellFormat { BorderId = 1, NumberFormatId = 3, ApplyBorder = true, ApplyNumberFormat = true },
            new CellFormat { FontId = 2, ApplyFont = true, Alignment = (Alignment)centred.CloneNode(true), ApplyAlignment = true });
        return new Stylesheet(fonts, fills, borders, formats);
    }

    private static Font Font(bool bold, bool italic)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }

        if (italic)
        {
            font.Append(new Italic());
        }

        font.Append(new FontSize { Val = 12 }, new FontName { Val = "Times New Roman" });
        return font;
    }

    internal sealed class Sheet
    {
        private readonly SheetData data = new();
        private readonly List<string> merges = [];
        private readonly SortedDictionary<uint, Row> rows = [];
        private readonly Columns columns = new();

        public Sheet(XlsxWriter writer, string name)
        {
            var part = writer.document.WorkbookPart!.AddNewPart<WorksheetPart>();
            Part = part;
            writer.sheets.Append(new DocumentFormat.OpenXml.Spreadsheet.Sheet
            {
                Id = writer.document.WorkbookPart.GetIdOfPart(part),
                SheetId = writer.nextSheetId++,
                Name = name.Length > 31 ? name[..31] : name,
            });
        }

        private WorksheetPart Part { get; }

        public Sheet Width(int column, double width)
        {
            columns.Append(new Column { Min = (uint)column, Max = (uint)column, Width = width, CustomWidth = true });
            return this;
        }

        public Sheet Text(int row, int column, string? value, Style style = Style.Cell)
        {
            var cell = CellAt(row, column, style);
            cell.DataType = CellValues.InlineString;
            cell.InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(value ?? string.Empty) { Space = SpaceProcessingModeValues.Preserve });
            return this;
        }

        public Sheet Number(int row, int column, decimal value, Style style = Style.Number)
        {
            var cell = CellAt(row, column, style);
            cell.DataType = CellValues.Number;
            cell.CellValue = new CellValue(value.ToString(CultureInfo.InvariantCulture));
            return this;
        }

        /// <summary>Merges a rectangle (1-based, inclusive); the borders of every covered cell are drawn too.</summary>
        public Sheet Merge(int row, int column, int lastRow, int lastColumn, Style style = Style.Header)
        {
            for (var r = row; r <= lastRow; r++)
            {
                for (var c = column; c <= lastColumn; c++)
                {
                    if (r != row || c != column)
                    {
                        CellAt(r, c, style);
                    }
                }
            }

            if (row != lastRow || column != lastColumn)
            {
                merges.Add($"{Reference(row, column)}:{Reference(lastRow, lastColumn)}");
            }

            return this;
        }

        public void Save()
        {
            foreach (var row in rows.Values)
            {
                data.Append(row);
            }

            var worksheet = new Worksheet();
            if (columns.HasChildren)
            {
                worksheet.Append(columns);
            }

            worksheet.Append(data);
            if (merges.Count > 0)
            {
                worksheet.Append(new MergeCells(merges.Select(m => new MergeCell { Reference = m })));
            }

            worksheet.Append(new PageSetup { PaperSize = 9U, Orientation = OrientationValues.Landscape });
            Part.Worksheet = worksheet;
            Part.Worksheet.Save();
        }

        public static string Reference(int row, int column)
        {
            var letters = string.Empty;
            for (var c = column; c > 0; c = (c - 1) / 26)
            {
                letters = (char)('A' + ((c - 1) % 26)) + letters;
            }

            return letters + row.ToString(CultureInfo.InvariantCulture);
        }

        private Cell CellAt(int row, int column, Style style)
        {
            if (!rows.TryGetValue((uint)row, out var line))
            {
                line = new Row { RowIndex = (uint)row };
                rows[(uint)row] = line;
            }

            var reference = Reference(row, column);
            var cell = line.Elements<Cell>().FirstOrDefault(c => c.CellReference == reference);
            if (cell is null)
            {
                cell = new Cell { CellReference = reference };
                var after = line.Elements<Cell>().LastOrDefault(c => ColumnOf(c.CellReference!) < column);
                if (after is null)
                {
                    line.PrependChild(cell);
                }
                else
                {
                    after.InsertAfterSelf(cell);
                }
            }

            cell.StyleIndex = (uint)style;
            return cell;
        }

        private static int ColumnOf(string reference)
        {
            var column = 0;
            foreach (var ch in reference.TakeWhile(char.IsAsciiLetter))
            {
                column = (column * 26) + (ch - 'A' + 1);
            }

            return column;
        }
    }
}
