namespace EclipseConformance.Load;

/// <summary>What a <see cref="Threshold"/> limits.</summary>
public enum ThresholdKind
{
    /// <summary>Median latency (ms), at most.</summary>
    LatencyP50Ms,

    /// <summary>99th percentile latency (ms), at most.</summary>
    LatencyP99Ms,

    /// <summary>99.9th percentile latency (ms), at most.</summary>
    LatencyP999Ms,

    /// <summary>Failed responses as a percentage of completed requests, at most.</summary>
    ErrorPercent,

    /// <summary>Requests the runner could not start (dropped) as a percentage of scheduled ones, at most.</summary>
    DroppedPercent,

    /// <summary>Successful responses per second, at least.</summary>
    MinThroughput,
}
