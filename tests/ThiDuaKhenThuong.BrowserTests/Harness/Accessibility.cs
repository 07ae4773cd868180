using System.Text;
using Deque.AxeCore.Playwright;

namespace ThiDuaKhenThuong.BrowserTests.Harness;

/// <summary>Runs axe on a page; a violation of impact "serious" or "critical" fails the journey with its rule, target and address.</summary>
public sealed class Accessibility(Action<string> log)
{
    private static readonly HashSet<string> Blocking = new(StringComparer.OrdinalIgnoreCase) { "serious", "critical" };

    /// <summary>Addresses checked so far (without query strings), for the test's output.</summary>
    public List<string> Checked { get; } = [];

    /// <summary>Time spent in axe, for the test's output (the journeys should stay fast).</summary>
    public TimeSpan Spent { get; private set; }

    public async Task CheckAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var result = await page.RunAxe();
        Spent += clock.Elapsed;
        var blocking = result.Violations.Where(v => v.Impact is not null && Blocking.Contains(v.Impact)).ToList();
        Checked.Add(new Uri(page.Url).PathAndQuery);
        if (blocking.Count == 0)
        {
            return;
        }

        var report = new StringBuilder();
        report.Append("Accessibility (axe) found ").Append(blocking.Sum(v => v.Nodes.Length)).Append(" serious/critical violation(s) on ").AppendLine(page.Url);
        foreach (var violation in blocking)
        {
            foreach (var node in violation.Nodes)
            {
                report.Append("  [").Append(violation.Impact).Append("] ").Append(violation.Id).Append(" at ")
                    .Append(node.Target).Append(": ").Append(violation.Help).Append(" — ").AppendLine(node.Html);
            }
        }

        log(report.ToString());
        throw new AccessibilityException(report.ToString());
    }
}

public sealed class AccessibilityException(string message) : Exception(message);
