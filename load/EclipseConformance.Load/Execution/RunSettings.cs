namespace EclipseConformance.Load.Execution;

/// <summary>Runner limits and tolerances; every value has a validated range.</summary>
public sealed record RunSettings
{
    /// <summary>Open model: most requests in flight per scenario (worker slots). Also the default connection limit.</summary>
    public int MaxConcurrency { get; init; } = 256;

    /// <summary>
    /// Open model: a request that cannot start within this lag after its intended start (every worker busy, or
    /// the dispatcher behind) is dropped and counted. Until then it waits and its wait is charged to its latency.
    /// </summary>
    public TimeSpan MaxLag { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>A request that starts more than this after its intended start is counted as late.</summary>
    public TimeSpan LateThreshold { get; init; } = TimeSpan.FromMilliseconds(5);

    /// <summary>How long requests in flight at the end may take to finish before they are cancelled.</summary>
    public TimeSpan DrainTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Length of one reporting interval (time series, hlog lines, live progress).</summary>
    public TimeSpan ReportingInterval { get; init; } = TimeSpan.FromSeconds(1);

    public void Validate()
    {
        Check(MaxConcurrency is >= 1 and <= 10_000, nameof(MaxConcurrency), "between 1 and 10000");
        Check(MaxLag > TimeSpan.Zero && MaxLag <= TimeSpan.FromSeconds(30), nameof(MaxLag), "more than 0 and at most 30 s");
        Check(LateThreshold >= TimeSpan.Zero && LateThreshold <= TimeSpan.FromSeconds(10), nameof(LateThreshold), "between 0 and 10 s");
        Check(DrainTimeout >= TimeSpan.Zero && DrainTimeout <= TimeSpan.FromMinutes(5), nameof(DrainTimeout), "between 0 and 5 min");
        Check(ReportingInterval >= TimeSpan.FromMilliseconds(100) && ReportingInterval <= TimeSpan.FromMinutes(1), nameof(ReportingInterval), "between 100 ms and 1 min");
    }

    private static void Check(bool valid, string name, string range)
    {
        if (!valid)
        {
            throw new ArgumentOutOfRangeException(name, $"{name} must be {range}.");
        }
    }
}
