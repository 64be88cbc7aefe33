namespace EclipseConformance.Load.Progress;

/// <summary>State of the run at the end of a reporting interval. Percentiles are "so far" in the phase.</summary>
public sealed record ProgressSnapshot(string Phase, TimeSpan Elapsed, TimeSpan Planned, IReadOnlyList<ScenarioProgress> Scenarios);
