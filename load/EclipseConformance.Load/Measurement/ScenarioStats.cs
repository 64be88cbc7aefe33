using EclipseConformance.Load.HdrLog;
using HdrHistogram;

namespace EclipseConformance.Load.Measurement;

/// <summary>
/// Final results of one scenario (NBomber's <c>ScenarioStats</c>). Every scheduled request is accounted for:
/// <c>Scheduled = Started + Dropped</c> and <c>Started = Ok + Failed</c> once the run has drained.
/// </summary>
public sealed record ScenarioStats
{
    public required string Name { get; init; }

    /// <summary>"open", "closed" or "open+closed".</summary>
    public required string Model { get; init; }

    public required TimeSpan Duration { get; init; }

    public required HistogramBase Latency { get; init; }

    public required HistogramBase Service { get; init; }

    public required IReadOnlyList<IntervalSummary> Intervals { get; init; }

    public required IReadOnlyList<HdrLogEntry> LogEntries { get; init; }

    public long Ok => Latency.TotalCount;

    public long Failed { get; init; }

    public long Dropped { get; init; }

    public long Late { get; init; }

    public long Started { get; init; }

    public long DroppedNoWorker { get; init; }

    public long DroppedBehindSchedule { get; init; }

    public long Clamped { get; init; }

    public long WarmUpInvocations { get; init; }

    public IReadOnlyDictionary<string, long> Failures { get; init; } = new Dictionary<string, long>();

    public IReadOnlyDictionary<string, string> FailureMessages { get; init; } = new Dictionary<string, string>();

    public long Scheduled => Started + Dropped;

    public long Completed => Ok + Failed;

    public double OkPerSecond => Duration <= TimeSpan.Zero ? 0 : Ok / Duration.TotalSeconds;

    public double RequestsPerSecond => Duration <= TimeSpan.Zero ? 0 : Completed / Duration.TotalSeconds;

    public double ErrorPercent => Completed == 0 ? 0 : 100.0 * Failed / Completed;

    public double DroppedPercent => Scheduled == 0 ? 0 : 100.0 * Dropped / Scheduled;

    public double LatePercent => Started == 0 ? 0 : 100.0 * Late / Started;

    public double LatencyMs(double percentile) => Latency.PercentileMs(percentile);

    public double ServiceMs(double percentile) => Service.PercentileMs(percentile);
}
