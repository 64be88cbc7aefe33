using System.Globalization;
using EclipseConformance.Load.Measurement;
using EclipseConformance.Load.Reporting;

namespace EclipseConformance.Load.Eclipse.Profiles;

/// <summary>
/// Finds the knee of a ramp: the first second from which two consecutive intervals break — p99 above the limit, or
/// more than 1 % of the offered requests failed or dropped — and the best throughput sustained before it.
/// </summary>
public static class KneeFinder
{
    public const double MaxBadPercent = 1.0;

    public static ReportSection Analyse(ScenarioStats stats, double p99LimitMs)
    {
        ArgumentNullException.ThrowIfNull(stats);
        var intervals = stats.Intervals.Where(i => i.LengthSeconds >= 0.5).ToList();
        var start = intervals.Count == 0 ? 0 : intervals[0].StartUnixMs;
        int? knee = null;
        for (var i = 0; i + 1 < intervals.Count; i++)
        {
            if (Broken(intervals[i], p99LimitMs) is not null && Broken(intervals[i + 1], p99LimitMs) is not null)
            {
                knee = i;
                break;
            }
        }

        var before = intervals.Take(knee ?? intervals.Count).ToList();
        var best = before.Count == 0 ? null : before.MaxBy(i => i.OkPerSecond);
        var rows = new List<(string, string)>
        {
            ("criterion", string.Create(CultureInfo.InvariantCulture, $"two consecutive seconds with p99 > {p99LimitMs:0.###} ms, or more than {MaxBadPercent} % of the offered requests failed or dropped")),
            ("best second before the knee", best is null ? "n/a" : Describe(best, start)),
        };
        if (knee is { } k)
        {
            var at = intervals[k];
            rows.Add(("knee", string.Create(CultureInfo.InvariantCulture, $"at {Second(at, start)}: {Broken(at, p99LimitMs)}")));
            rows.Add(("offered rate at the knee", Fmt.Num(Offered(at)) + " /s"));
            rows.Add(("throughput at the knee", Fmt.Num(at.OkPerSecond) + " ok/s"));
            rows.Add(("last second before it", k == 0 ? "none (broken from the start)" : Describe(intervals[k - 1], start)));
        }
        else
        {
            rows.Add(("knee", "not reached: every second stayed within the criterion (raise --rate)"));
        }

        return ReportSection.Info("Knee of the ramp", [.. rows]);
    }

    private static string? Broken(IntervalSummary i, double p99LimitMs)
    {
        var offered = i.Started + i.Dropped;
        var bad = offered == 0 ? 0 : 100.0 * (i.Failed + i.Dropped) / offered;
        return i.LatencyP99Ms > p99LimitMs ? string.Create(CultureInfo.InvariantCulture, $"p99 {i.LatencyP99Ms:F1} ms")
            : bad > MaxBadPercent ? string.Create(CultureInfo.InvariantCulture, $"{bad:F1} % failed or dropped")
            : null;
    }

    private static double Offered(IntervalSummary i) => i.LengthSeconds <= 0 ? 0 : (i.Started + i.Dropped) / i.LengthSeconds;

    private static string Second(IntervalSummary i, long start) => string.Create(CultureInfo.InvariantCulture, $"t = {(i.StartUnixMs - start) / 1000.0:F0} s");

    private static string Describe(IntervalSummary i, long start) => string.Create(CultureInfo.InvariantCulture,
        $"{Second(i, start)}: offered {Offered(i):F0}/s, {i.OkPerSecond:F0} ok/s, p50 {i.LatencyP50Ms:F2} ms, p99 {i.LatencyP99Ms:F2} ms");
}
