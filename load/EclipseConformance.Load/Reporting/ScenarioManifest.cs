namespace EclipseConformance.Load.Reporting;

/// <summary>One scenario's totals in run.json.</summary>
public sealed record ScenarioManifest
{
    public required string Name { get; init; }

    public required string Model { get; init; }

    public double DurationSeconds { get; init; }

    public long Started { get; init; }

    public long Ok { get; init; }

    public long Failed { get; init; }

    public long Dropped { get; init; }

    public long Late { get; init; }

    public long DroppedNoWorker { get; init; }

    public long DroppedBehindSchedule { get; init; }

    public long Clamped { get; init; }

    public long WarmUpInvocations { get; init; }

    public IReadOnlyDictionary<string, long> Failures { get; init; } = new Dictionary<string, long>();

    public IReadOnlyDictionary<string, string> FailureMessages { get; init; } = new Dictionary<string, string>();
}
