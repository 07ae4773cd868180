using System.Globalization;
using ThiDuaKhenThuong.Domain.Reporting;

namespace ThiDuaKhenThuong.Infrastructure.Reporting;

/// <summary>The report's figures as a workbook (one sheet, every table), and the statistical forms in their layout.</summary>
public static class ReportXlsx
{
    public const string ContentType = XlsxWriter.ContentType;

    public static byte[] Build(ReportDocument report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var writer = new XlsxWriter();
        var sheet = writer.AddSheet("Số liệu").Width(1, 60).Width(2, 16).Width(3, 14).Width(4, 14).Width(5, 14).Width(6, 14);
        sheet.Text(1, 1, report.IssuingBody, XlsxWriter.Style.Title);
        sheet.Text(2, 1, "SỐ LIỆU " + report.Subtitle.ToUpper(CultureInfo.GetCultureInfo("vi-VN")), XlsxWriter.Style.Title).Merge(2, 1, 2, 6, XlsxWriter.Style.Title);
        sheet.Text(3, 1, $"Số liệu tính đến ngày {report.Figures.AsOf:dd/MM/yyyy}" + (report.VersionLabel is null ? string.Empty : " · " + report.VersionLabel), XlsxWriter.Style.Note)
            .Merge(3, 1, 3, 6, XlsxWriter.Style.Note);
        var row = 5;
        foreach (var table in report.Tables)
        {
            sheet.Text(row, 1, table.Title, XlsxWriter.Style.Plain);
            row++;
            for (var c = 0; c < table.Headers.Count; c++)
            {
                sheet.Text(row, c + 1, table.Headers[c], XlsxWriter.Style.Header);
            }

            row++;
            if (table.Rows is null)
            {
                sheet.Text(row, 1, ReportTables.NoData).Merge(row, 1, row, table.Headers.Count, XlsxWriter.Style.Cell);
                row++;
            }
            else
            {
                foreach (var cells in table.Rows)
                {
                    for (var c = 0; c < cells.Count; c++)
                    {
                        WriteCell(sheet, row, c + 1, cells[c]);
                    }

                    row++;
                }
            }

            row++;
        }

        sheet.Save();
        return writer.ToArray();
    }

    /// <summary>Writes counts as numbers (so Excel can sum them) and everything else as text.</summary>
    private static void WriteCell(XlsxWriter.Sheet sheet, int row, int column, string value)
    {
        var digits = value.Replace(".", string.Empty, StringComparison.Ordinal);
        if (column > 1 && digits.Length > 0 && digits.All(char.IsAsciiDigit))
        {
            sheet.Number(row, column, decimal.Parse(digits, CultureInfo.InvariantCulture));
        }
        else
        {
            sheet.Text(row, column, value);
        }
    }

    /// <summary>Forms 0602 and 0603 in one workbook, one sheet each, with the official merged headers.</summary>
    public static byte[] Forms(string issuingBody, params StatisticalForm[] forms)
    {
        ArgumentNullException.ThrowIfNull(forms);
        using var writer = new XlsxWriter();
        foreach (var form in forms)
        {
            WriteForm(writer.AddSheet("Biểu " + form.Number), issuingBody, form);
        }

        return writer.ToArray();
    }

    /// <summary>First data row of a form sheet (rows 5–6 headers, row 7 the column letters/numbers).</summary>
    public const int FormFirstDataRow = 8;

    private static void WriteForm(XlsxWriter.Sheet sheet, string issuingBody, StatisticalForm form)
    {
        var last = 3 + form.ColumnCount;
        sheet.Width(1, 55).Width(2, 8).Width(3, 10);
        for (var c = 4; c <= last; c++)
        {
            sheet.Width(c, 11);
        }

        sheet.Text(1, 1, $"Biểu số {form.Number}.N/BNV-TĐKT", XlsxWriter.Style.Title);
        sheet.Text(1, 4, "Đơn vị báo cáo: " + issuingBody, XlsxWriter.Style.Plain);
        sheet.Text(2, 1, form.Title.ToUpper(CultureInfo.GetCultureInfo("vi-VN")), XlsxWriter.Style.Title).Merge(2, 1, 2, last, XlsxWriter.Style.Title);
        sheet.Text(3, 1, "Kỳ báo cáo: " + form.PeriodLabel, XlsxWriter.Style.Note).Merge(3, 1, 3, last, XlsxWriter.Style.Note);
        sheet.Text(5, 1, "Chỉ tiêu", XlsxWriter.Style.Header).Merge(5, 1, 6, 1);
        sheet.Text(5, 2, "Mã số", XlsxWriter.Style.Header).Merge(5, 2, 6, 2);
        sheet.Text(5, 3, "Đơn vị tính", XlsxWriter.Style.Header).Merge(5, 3, 6, 3);
        sheet.Text(7, 1, "A", XlsxWriter.Style.Header).Text(7, 2, "B", XlsxWriter.Style.Header).Text(7, 3, "C", XlsxWriter.Style.Header);
        var column = 4;
        foreach (var group in form.ColumnGroups)
        {
            sheet.Text(5, column, group.Title, XlsxWriter.Style.Header).Merge(5, column, 5, column + group.Columns.Count - 1);
            foreach (var sub in group.Columns)
            {
                sheet.Text(6, column, sub.Title, XlsxWriter.Style.Header);
                sheet.Text(7, column, (column - 3).ToString(CultureInfo.InvariantCulture), XlsxWriter.Style.Header);
                column++;
            }
        }

        var row = FormFirstDataRow;
        foreach (var line in form.Rows)
        {
            sheet.Text(row, 1, line.Label, line.Values is null ? XlsxWriter.Style.Header : XlsxWriter.Style.Cell);
            sheet.Text(row, 2, line.Code);
            sheet.Text(row, 3, line.UnitOfMeasure);
            for (var c = 0; c < form.ColumnCount; c++)
            {
                if (line.Values is { } values)
                {
                    sheet.Number(row, 4 + c, values[c]);
                }
                else
                {
                    sheet.Text(row, 4 + c, null);
                }
            }

            row++;
        }

        sheet.Save();
    }
}
