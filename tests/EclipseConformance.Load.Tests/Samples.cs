using EclipseConformance.Load.Measurement;
using HdrHistogram;

namespace EclipseConformance.Load.Tests;

/// <summary>Builds results from known latencies, without running anything.</summary>
internal static class Samples
{
    public static readonly DateTimeOffset Start = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

    public static LongHistogram Histogram(IEnumerable<long> micros)
    {
        var histogram = HistogramSettings.NewHistogram();
        foreach (var value in micros)
        {
            histogram.RecordValue(value);
        }

        return histogram;
    }

    /// <summary>Random latencies (µs) from a fixed seed, long-tailed like real ones.</summary>
    public static long[] Latencies(int seed, int count)
    {
#pragma warning disable CA5394 // Test data, not security.
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(_ => (long)(200 + (random.NextDouble() * random.NextDouble() * random.NextDouble() * 500_000)))];
#pragma warning restore CA5394
    }

    /// <summary>A scenario with one interval per latency array (1 s each), plus failures/dropped per interval.</summary>
    public static ScenarioStats Scenario(string name, DateTimeOffset start, IReadOnlyList<long[]> intervals, long failedPerInterval = 0, long droppedPerInterval = 0)
    {
        var builder = new ScenarioStatsBuilder(name, "open");
        var startMs = start.ToUnixTimeMilliseconds();
        for (var i = 0; i < intervals.Count; i++)
        {
            var latency = Histogram(intervals[i]);
            var service = Histogram(intervals[i].Select(v => Math.Max(1, v / 2)));
            builder.Add(new IntervalRecord(name, startMs + (i * 1000), startMs + ((i + 1) * 1000), latency, service,
                failedPerInterval, droppedPerInterval, 0, intervals[i].Length + failedPerInterval));
        }

        return builder.Build(TimeSpan.FromSeconds(intervals.Count)) with
        {
            Failures = failedPerInterval == 0 ? new Dictionary<string, long>() : new Dictionary<string, long> { ["503"] = failedPerInterval * intervals.Count },
        };
    }

    public static RunResult Run(string name, DateTimeOffset start, IReadOnlyList<Threshold> thresholds, params ScenarioStats[] scenarios) => new()
    {
        RunName = name,
        StartedUtc = start,
        Duration = scenarios.Max(s => s.Duration),
        Scenarios = scenarios,
        Thresholds = thresholds,
        ThresholdResults = ThresholdEvaluator.Evaluate(thresholds, scenarios),
    };
}
