using System.Globalization;

namespace EclipseConformance.Load;

/// <summary>
/// A pass/fail limit checked after the run; any violation makes the run fail (non-zero exit code) and is listed
/// in the report. <see cref="ScenarioName"/> null means "every scenario".
/// </summary>
public sealed record Threshold(ThresholdKind Kind, double Limit, string? ScenarioName = null)
{
    public static Threshold LatencyP50(TimeSpan max, string? scenario = null) => new(ThresholdKind.LatencyP50Ms, max.TotalMilliseconds, scenario);

    public static Threshold LatencyP99(TimeSpan max, string? scenario = null) => new(ThresholdKind.LatencyP99Ms, max.TotalMilliseconds, scenario);

    public static Threshold LatencyP999(TimeSpan max, string? scenario = null) => new(ThresholdKind.LatencyP999Ms, max.TotalMilliseconds, scenario);

    public static Threshold MaxErrorPercent(double percent, string? scenario = null) => new(ThresholdKind.ErrorPercent, percent, scenario);

    public static Threshold MaxDroppedPercent(double percent, string? scenario = null) => new(ThresholdKind.DroppedPercent, percent, scenario);

    public static Threshold MinThroughput(double okPerSecond, string? scenario = null) => new(ThresholdKind.MinThroughput, okPerSecond, scenario);

    public bool IsUpperBound => Kind != ThresholdKind.MinThroughput;

    public string Describe()
    {
        var limit = Limit.ToString("0.###", CultureInfo.InvariantCulture);
        var what = Kind switch
        {
            ThresholdKind.LatencyP50Ms => $"p50 latency <= {limit} ms",
            ThresholdKind.LatencyP99Ms => $"p99 latency <= {limit} ms",
            ThresholdKind.LatencyP999Ms => $"p99.9 latency <= {limit} ms",
            ThresholdKind.ErrorPercent => $"errors <= {limit} %",
            ThresholdKind.DroppedPercent => $"dropped <= {limit} %",
            ThresholdKind.MinThroughput => $"throughput >= {limit} ok/s",
            _ => throw new InvalidOperationException($"Unknown threshold kind {Kind}."),
        };
        return ScenarioName is null ? what : $"{ScenarioName}: {what}";
    }
}
