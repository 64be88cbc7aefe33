namespace EclipseConformance.Load.Profiles;

/// <summary>What a profile runs when the command line does not say otherwise.</summary>
public sealed record ProfileDefaults
{
    public int Rate { get; init; } = 100;

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan WarmUp { get; init; } = TimeSpan.FromSeconds(5);

    public int Concurrency { get; init; } = 64;

    public LoadModel Model { get; init; } = LoadModel.Open;

    public IReadOnlyList<Threshold> Thresholds { get; init; } = [];

    /// <summary>
    /// The scenario whose throughput the report states as a ratio to the echo endpoint's, measured in the same run
    /// (an echo baseline phase runs first); null: no echo baseline.
    /// </summary>
    public string? EchoRatioScenario { get; init; }
}
