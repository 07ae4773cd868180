using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;

namespace ThiDuaKhenThuong.BrowserTests.Harness;

/// <summary>
/// Runs axe on a page; a violation of impact "serious" or "critical" fails the journey with its rule, target and address.
/// A page whose markup is exactly one already checked in this test (ids and one-time tokens aside) is not checked again:
/// same markup and same style sheets give the same result, and axe is most of a journey's time.
/// </summary>
public sealed partial class Accessibility(Action<string> log)
{
    private readonly HashSet<string> seen = new(StringComparer.Ordinal);

    private static readonly HashSet<string> Blocking = new(StringComparer.OrdinalIgnoreCase) { "serious", "critical" };

    /// <summary>Addresses checked so far (without query strings), for the test's output.</summary>
    public List<string> Checked { get; } = [];

    /// <summary>How many distinct pages axe actually ran on.</summary>
    public int Ran { get; private set; }

    /// <summary>Time spent in axe, for the test's output (the journeys should stay fast).</summary>
    public TimeSpan Spent { get; private set; }

    public async Task CheckAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var markup = await page.EvaluateAsync<string>("() => document.documentElement.outerHTML");
        var fingerprint = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Volatile().Replace(markup, "#"))));
        Checked.Add(new Uri(page.Url).PathAndQuery);
        if (!seen.Add(fingerprint))
        {
            return;
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var result = await page.RunAxe();
        Spent += clock.Elapsed;
        Ran++;
        var blocking = result.Violations.Where(v => v.Impact is not null && Blocking.Contains(v.Impact)).ToList();
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

    /// <summary>What differs between two renderings of the same page: ids and one-time tokens.</summary>
    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|name=\"(__RequestVerificationToken|FormToken)\"[^>]*")]
    private static partial Regex Volatile();
}

public sealed class AccessibilityException(string message) : Exception(message);
