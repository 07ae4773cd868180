using System.Globalization;
using System.Net;
using System.Text;

namespace ThiDuaKhenThuong.Infrastructure.Reporting;

/// <summary>A horizontal bar chart as inline SVG, drawn on the server so a printed PDF needs no script.</summary>
public static class SvgBarChart
{
    public static string Render(string title, IReadOnlyList<(string Label, int Value)> bars)
    {
        ArgumentNullException.ThrowIfNull(bars);
        const int labelWidth = 260, barArea = 300, rowHeight = 22, top = 26;
        var height = top + (bars.Count * rowHeight) + 6;
        var max = Math.Max(1, bars.Count == 0 ? 1 : bars.Max(b => b.Value));
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"{Encode(title)}\" width=\"{labelWidth + barArea + 60}\" height=\"{height}\" viewBox=\"0 0 {labelWidth + barArea + 60} {height}\" font-family=\"Times New Roman, serif\" font-size=\"12\">");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"16\" font-weight=\"bold\">{Encode(title)}</text>");
        for (var i = 0; i < bars.Count; i++)
        {
            var y = top + (i * rowHeight);
            var width = (int)Math.Round((double)bars[i].Value / max * barArea);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelWidth - 6}\" y=\"{y + 14}\" text-anchor=\"end\">{Encode(bars[i].Label)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{labelWidth}\" y=\"{y + 3}\" width=\"{width}\" height=\"{rowHeight - 7}\" fill=\"#2f5d8a\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelWidth + width + 4}\" y=\"{y + 14}\">{bars[i].Value.ToString("N0", CultureInfo.GetCultureInfo("vi-VN"))}</text>");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
