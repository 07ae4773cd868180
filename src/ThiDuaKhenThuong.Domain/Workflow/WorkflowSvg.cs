using System.Globalization;
using System.Text;

namespace ThiDuaKhenThuong.Domain.Workflow;

/// <summary>
/// Draws a definition as an inline SVG for the definition page: no script, no stylesheet (the page's CSP allows
/// neither inline styles nor scripts), only SVG presentation attributes. States are rounded boxes in columns by their
/// distance from the initial state; each transition is one arrow labelled with its Vietnamese action.
/// </summary>
public static class WorkflowSvg
{
    private const double BoxWidth = 180;
    private const double BoxHeight = 54;
    private const double ColumnGap = 170;
    private const double RowGap = 46;
    private const double Margin = 90;
    private const int WrapAt = 24;

    public static string Render(WorkflowDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var depth = Depths(definition);
        var positions = Layout(definition, depth, out var width, out var height);
        var prefix = "wf-" + WorkflowDiagram.Id(definition.Code);
        var marker = prefix + "-arrow";
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{N(width)}\" height=\"{N(height)}\" viewBox=\"0 0 {N(width)} {N(height)}\" ")
            .Append("role=\"img\" aria-labelledby=\"").Append(prefix).Append("-title\" font-family=\"system-ui, sans-serif\">\n");
        svg.Append("<title id=\"").Append(prefix).Append("-title\">Sơ đồ quy trình: ").Append(Escape(definition.Name)).Append("</title>\n");
        svg.Append("<defs><marker id=\"").Append(marker)
            .Append("\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" orient=\"auto-start-reverse\">")
            .Append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"#495057\"/></marker></defs>\n");
        svg.Append("<rect x=\"0\" y=\"0\" width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");

        var pairs = new Dictionary<(string, string), int>();
        var labels = new StringBuilder();
        foreach (var t in definition.Transitions)
        {
            if (!positions.TryGetValue(t.From, out var from) || !positions.TryGetValue(t.To, out var to))
            {
                continue;
            }

            var key = string.CompareOrdinal(t.From, t.To) <= 0 ? (t.From, t.To) : (t.To, t.From);
            var parallel = pairs.TryGetValue(key, out var seen) ? seen : 0;
            pairs[key] = parallel + 1;
            var (path, labelX, labelY) = Edge(from, to, depth[t.From], depth[t.To], parallel);
            svg.Append("<g data-action=\"").Append(Escape(t.Action)).Append("\"><title>").Append(Escape(t.Label)).Append(": ")
                .Append(Escape(definition.LabelOf(t.From))).Append(" → ").Append(Escape(definition.LabelOf(t.To))).Append("</title>")
                .Append("<path d=\"").Append(path).Append("\" fill=\"none\" stroke=\"#6c757d\" stroke-width=\"1.4\" marker-end=\"url(#")
                .Append(marker).Append(")\"/></g>\n");
            var labelWidth = (t.Label.Length * 6.0) + 8;
            labels.Append(CultureInfo.InvariantCulture, $"<g><rect x=\"{N(labelX - (labelWidth / 2))}\" y=\"{N(labelY - 9)}\" width=\"{N(labelWidth)}\" height=\"15\" rx=\"3\" ")
                .Append("fill=\"#ffffff\" fill-opacity=\"0.85\"/>")
                .Append(CultureInfo.InvariantCulture, $"<text x=\"{N(labelX)}\" y=\"{N(labelY + 2)}\" font-size=\"11\" text-anchor=\"middle\" fill=\"#212529\">")
                .Append(Escape(t.Label)).Append("</text></g>\n");
        }

        foreach (var state in definition.States)
        {
            AppendState(svg, state, positions[state.Code]);
        }

        svg.Append(labels);
        return svg.Append("</svg>").ToString();
    }

    /// <summary>Distance of each state from the initial state (breadth first); unreachable states go one column further.</summary>
    public static IReadOnlyDictionary<string, int> Depths(WorkflowDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var depth = new Dictionary<string, int>(StringComparer.Ordinal);
        var queue = new Queue<string>();
        if (definition.InitialState is { } initial)
        {
            depth[initial.Code] = 0;
            queue.Enqueue(initial.Code);
        }

        while (queue.Count > 0)
        {
            var code = queue.Dequeue();
            foreach (var t in definition.TransitionsFrom(code))
            {
                if (definition.FindState(t.To) is not null && depth.TryAdd(t.To, depth[code] + 1))
                {
                    queue.Enqueue(t.To);
                }
            }
        }

        var unreachable = depth.Count == 0 ? 0 : depth.Values.Max() + 1;
        foreach (var state in definition.States)
        {
            depth.TryAdd(state.Code, unreachable);
        }

        return depth;
    }

    private static Dictionary<string, (double X, double Y)> Layout(
        WorkflowDefinition definition, IReadOnlyDictionary<string, int> depth, out double width, out double height)
    {
        var positions = new Dictionary<string, (double X, double Y)>(StringComparer.Ordinal);
        var rows = new Dictionary<int, int>();
        foreach (var state in definition.States)
        {
            if (positions.ContainsKey(state.Code))
            {
                continue;
            }

            var column = depth[state.Code];
            var row = rows.TryGetValue(column, out var used) ? used : 0;
            rows[column] = row + 1;
            positions[state.Code] = (Margin + (column * (BoxWidth + ColumnGap)), Margin + (row * (BoxHeight + RowGap)));
        }

        var columns = rows.Count == 0 ? 1 : rows.Keys.Max() + 1;
        var maxRows = rows.Count == 0 ? 1 : rows.Values.Max();
        width = (2 * Margin) + (columns * BoxWidth) + ((columns - 1) * ColumnGap);
        height = (2 * Margin) + (maxRows * BoxHeight) + ((maxRows - 1) * RowGap);
        return positions;
    }

    /// <summary>
    /// A straight arrow to the next column; otherwise (back, same column, several columns on, or a second arrow between
    /// the same two states) a quadratic curve bowed sideways so it does not run through other boxes.
    /// </summary>
    private static (string Path, double LabelX, double LabelY) Edge((double X, double Y) from, (double X, double Y) to, int fromDepth, int toDepth, int parallel)
    {
        var a = (X: from.X + (BoxWidth / 2), Y: from.Y + (BoxHeight / 2));
        var b = (X: to.X + (BoxWidth / 2), Y: to.Y + (BoxHeight / 2));
        if (from == to)
        {
            var top = from.Y;
            var x = from.X + (BoxWidth / 2);
            var loop = FormattableString.Invariant($"M{N(x - 20)},{N(top)} C{N(x - 40)},{N(top - 50)} {N(x + 40)},{N(top - 50)} {N(x + 20)},{N(top)}");
            return (loop, x, top - 44);
        }

        var straight = toDepth == fromDepth + 1 && parallel == 0;
        var dx = b.X - a.X;
        var dy = b.Y - a.Y;
        var length = Math.Max(1, Math.Sqrt((dx * dx) + (dy * dy)));
        var bend = straight ? 0 : (toDepth > fromDepth ? 1 : -1) * (45 + (25 * parallel));
        var control = (X: ((a.X + b.X) / 2) + (-dy / length * bend), Y: ((a.Y + b.Y) / 2) + (dx / length * bend));
        var start = Clip(a, straight ? b : control);
        var end = Clip(b, straight ? a : control);
        if (straight)
        {
            return (FormattableString.Invariant($"M{N(start.X)},{N(start.Y)} L{N(end.X)},{N(end.Y)}"), (start.X + end.X) / 2, ((start.Y + end.Y) / 2) - 4);
        }

        var labelX = (0.25 * start.X) + (0.5 * control.X) + (0.25 * end.X);
        var labelY = (0.25 * start.Y) + (0.5 * control.Y) + (0.25 * end.Y);
        return (FormattableString.Invariant($"M{N(start.X)},{N(start.Y)} Q{N(control.X)},{N(control.Y)} {N(end.X)},{N(end.Y)}"), labelX, labelY);
    }

    /// <summary>Where the line from a box's centre towards a point leaves the box.</summary>
    private static (double X, double Y) Clip((double X, double Y) centre, (double X, double Y) toward)
    {
        var dx = toward.X - centre.X;
        var dy = toward.Y - centre.Y;
        if (Math.Abs(dx) < 0.001 && Math.Abs(dy) < 0.001)
        {
            return centre;
        }

        var scale = Math.Min(
            Math.Abs(dx) < 0.001 ? double.MaxValue : BoxWidth / 2 / Math.Abs(dx),
            Math.Abs(dy) < 0.001 ? double.MaxValue : BoxHeight / 2 / Math.Abs(dy));
        return (centre.X + (dx * scale), centre.Y + (dy * scale));
    }

    private static void AppendState(StringBuilder svg, WorkflowState state, (double X, double Y) at)
    {
        var (fill, stroke, strokeWidth) = state switch
        {
            { IsTerminal: true } => ("#e2e3e5", "#343a40", "2.5"),
            { IsInitial: true } => ("#cfe2ff", "#0d6efd", "2.5"),
            { Clock: StateClock.Runs } => ("#cff4fc", "#0aa2c0", "1.5"),
            { Clock: StateClock.Paused } => ("#fff3cd", "#cc9a06", "1.5"),
            _ => ("#f8f9fa", "#6c757d", "1.5"),
        };
        svg.Append("<g data-state=\"").Append(Escape(state.Code)).Append("\"><title>").Append(Escape(state.Label)).Append("</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{N(at.X)}\" y=\"{N(at.Y)}\" width=\"{N(BoxWidth)}\" height=\"{N(BoxHeight)}\" rx=\"10\" ")
            .Append(CultureInfo.InvariantCulture, $"fill=\"{fill}\" stroke=\"{stroke}\" stroke-width=\"{strokeWidth}\"/>");
        if (state.IsTerminal)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{N(at.X + 4)}\" y=\"{N(at.Y + 4)}\" width=\"{N(BoxWidth - 8)}\" height=\"{N(BoxHeight - 8)}\" rx=\"7\" ")
                .Append("fill=\"none\" stroke=\"#343a40\" stroke-width=\"1\"/>");
        }

        var lines = Wrap(state.Label);
        var firstY = at.Y + (BoxHeight / 2) - ((lines.Count - 1) * 7.5) + 4;
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(at.X + (BoxWidth / 2))}\" y=\"{N(firstY)}\" font-size=\"12\" text-anchor=\"middle\" fill=\"#212529\"")
            .Append(state.IsTerminal || state.IsInitial ? " font-weight=\"bold\">" : ">");
        for (var i = 0; i < lines.Count; i++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<tspan x=\"{N(at.X + (BoxWidth / 2))}\" dy=\"{(i == 0 ? "0" : "15")}\">")
                .Append(Escape(lines[i])).Append("</tspan>");
        }

        svg.Append("</text></g>\n");
    }

    /// <summary>Splits a label into at most three lines of about <see cref="WrapAt"/> characters at spaces.</summary>
    public static IReadOnlyList<string> Wrap(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in label.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > WrapAt && lines.Count < 2)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : string.Empty).Append(word);
        }

        lines.Add(line.ToString());
        return lines;
    }

    /// <summary>XML text and attribute escaping; control characters other than tab and line breaks are dropped.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                '\t' or '\n' or '\r' => " ",
                _ when char.IsControl(c) || c is '\uFFFE' or '\uFFFF' => string.Empty,
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }

    private static string N(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
