using EclipseConformance.Load.Measurement;

namespace EclipseConformance.Load;

/// <summary>Checks thresholds against scenario results.</summary>
public static class ThresholdEvaluator
{
    public static IReadOnlyList<ThresholdResult> Evaluate(IEnumerable<Threshold> thresholds, IReadOnlyList<ScenarioStats> scenarios)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        ArgumentNullException.ThrowIfNull(scenarios);
        var results = new List<ThresholdResult>();
        foreach (var threshold in thresholds)
        {
            var targets = threshold.ScenarioName is null
                ? scenarios
                : [.. scenarios.Where(s => s.Name == threshold.ScenarioName)];
            if (targets.Count == 0)
            {
                // A threshold on a scenario that did not run cannot pass.
                results.Add(new ThresholdResult(threshold, threshold.ScenarioName ?? "(none)", double.NaN, false));
                continue;
            }

            foreach (var stats in targets)
            {
                var actual = Actual(threshold.Kind, stats);
                var passed = threshold.IsUpperBound ? actual <= threshold.Limit : actual >= threshold.Limit;
                results.Add(new ThresholdResult(threshold, stats.Name, actual, passed));
            }
        }

        return results;
    }

    /// <summary>The measured value; latency of a scenario without a single success is NaN, which fails any limit.</summary>
    public static double Actual(ThresholdKind kind, ScenarioStats stats) => kind switch
    {
        ThresholdKind.LatencyP50Ms => stats.Ok == 0 ? double.NaN : stats.LatencyMs(50),
        ThresholdKind.LatencyP99Ms => stats.Ok == 0 ? double.NaN : stats.LatencyMs(99),
        ThresholdKind.LatencyP999Ms => stats.Ok == 0 ? double.NaN : stats.LatencyMs(99.9),
        ThresholdKind.ErrorPercent => stats.ErrorPercent,
        ThresholdKind.DroppedPercent => stats.DroppedPercent,
        ThresholdKind.MinThroughput => stats.OkPerSecond,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
