using System.Globalization;
using System.Text;

namespace ThiDuaKhenThuong.Domain.Workflow;

/// <summary>
/// Draws a definition, so an administrator can check a route by eye before publishing it and the docs can show the
/// route as it really is rather than as someone remembered it.
/// </summary>
public static class WorkflowDiagram
{
    /// <summary>Mermaid <c>stateDiagram-v2</c>: states by code with their Vietnamese labels, one arrow per transition.</summary>
    public static string ToMermaid(WorkflowDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var text = new StringBuilder();
        text.Append("stateDiagram-v2\n");
        text.Append("    %% ").Append(MermaidText(definition.Name)).Append(" (").Append(definition.Code)
            .Append(" v").Append(definition.Version.ToString(CultureInfo.InvariantCulture)).Append(")\n");
        foreach (var state in definition.States)
        {
            text.Append("    state \"").Append(MermaidText(state.Label)).Append("\" as ").Append(Id(state.Code)).Append('\n');
        }

        foreach (var state in definition.States.Where(s => s.IsInitial))
        {
            text.Append("    [*] --> ").Append(Id(state.Code)).Append('\n');
        }

        foreach (var t in definition.Transitions)
        {
            text.Append("    ").Append(Id(t.From)).Append(" --> ").Append(Id(t.To))
                .Append(" : ").Append(MermaidText(t.Label)).Append('\n');
        }

        foreach (var state in definition.States.Where(s => s.IsTerminal))
        {
            text.Append("    ").Append(Id(state.Code)).Append(" --> [*]\n");
        }

        return text.ToString();
    }

    /// <summary>Graphviz DOT: the same graph for tools that render DOT (terminal states drawn with a double border).</summary>
    public static string ToDot(WorkflowDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var text = new StringBuilder();
        text.Append("digraph \"").Append(DotText(definition.Code)).Append("\" {\n");
        text.Append("    label=\"").Append(DotText(definition.Name)).Append("\";\n");
        text.Append("    rankdir=LR;\n    node [shape=box, style=rounded];\n");
        foreach (var state in definition.States)
        {
            text.Append("    \"").Append(DotText(state.Code)).Append("\" [label=\"").Append(DotText(state.Label)).Append('"');
            if (state.IsTerminal)
            {
                text.Append(", peripheries=2");
            }

            if (state.IsInitial)
            {
                text.Append(", style=\"rounded,bold\"");
            }

            text.Append("];\n");
        }

        foreach (var t in definition.Transitions)
        {
            text.Append("    \"").Append(DotText(t.From)).Append("\" -> \"").Append(DotText(t.To))
                .Append("\" [label=\"").Append(DotText(t.Label)).Append("\"];\n");
        }

        return text.Append("}\n").ToString();
    }

    /// <summary>Mermaid state ids allow letters, digits and underscores only.</summary>
    public static string Id(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return string.Concat(code.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_'));
    }

    /// <summary>
    /// Mermaid reads <c>#name;</c> entities in labels; quotes, colons, semicolons and hashes would otherwise end or
    /// split a label, and a line break would end the statement.
    /// </summary>
    public static string MermaidText(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        var text = new StringBuilder(label.Length);
        foreach (var c in label)
        {
            text.Append(c switch
            {
                '#' => "#35;",
                '"' => "#quot;",
                ':' => "#58;",
                ';' => "#59;",
                '\r' or '\n' => " ",
                _ => c.ToString(),
            });
        }

        return text.ToString();
    }

    public static string DotText(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        return label.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("\"", "\\\"", StringComparison.Ordinal)
            .Replace("\r", string.Empty, StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal);
    }
}
