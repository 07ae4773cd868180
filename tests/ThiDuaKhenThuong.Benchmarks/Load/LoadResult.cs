using System.Globalization;

namespace ThiDuaKhenThuong.Benchmarks.Load;

/// <summary>The measured posts of one scenario: count, throughput over the wall time, latency percentiles, errors.</summary>
internal sealed record LoadResult(string Scenario, IReadOnlyList<double> LatenciesMs, TimeSpan Wall, int Errors, string Note)
{
    public int Count => LatenciesMs.Count;

    public double RequestsPerSecond => Count / Math.Max(Wall.TotalSeconds, 0.001);

    public double Percentile(double p)
    {
        if (Count == 0)
        {
            return 0;
        }

        var sorted = LatenciesMs.Order().ToArray();
        var rank = (int)Math.Ceiling(p / 100 * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }

    /// <summary>One line the bench script reads: <c>RESULT scenario count rps p50 p99 max errors wall_ms | note</c>.</summary>
    public string ToLine() => string.Create(CultureInfo.InvariantCulture,
        $"RESULT {Scenario} {Count} {RequestsPerSecond:0.00} {Percentile(50):0.0} {Percentile(99):0.0} {(Count == 0 ? 0 : LatenciesMs.Max()):0.0} {Errors} {Wall.TotalMilliseconds:0} | {Note}");
}
