namespace EclipseConformance.Load.Progress;

/// <summary>One scenario's line in the live progress display.</summary>
public sealed record ScenarioProgress(
    string Name,
    double RequestsPerSecond,
    long InFlight,
    long Ok,
    long Failed,
    long Dropped,
    long Late,
    double P50Ms,
    double P99Ms);
