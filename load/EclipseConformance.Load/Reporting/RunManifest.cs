using System.Text.Json;
using System.Text.Json.Serialization;

namespace EclipseConformance.Load.Reporting;

/// <summary>
/// run.json: the parts of a result that neither the hlog nor the CSV carry (totals, failure breakdown,
/// thresholds, sections, settings). <c>merge</c> reads it back from every agent.
/// </summary>
public sealed record RunManifest
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public required string RunName { get; init; }

    public required DateTimeOffset StartedUtc { get; init; }

    public required double DurationSeconds { get; init; }

    public int AgentIndex { get; init; }

    public int AgentCount { get; init; } = 1;

    public bool Merged { get; init; }

    public string? StoppedReason { get; init; }

    public required IReadOnlyList<ScenarioManifest> Scenarios { get; init; }

    public IReadOnlyList<Threshold> Thresholds { get; init; } = [];

    public IReadOnlyList<ReportSection> Sections { get; init; } = [];

    public IReadOnlyList<KeyValuePair<string, string>> Settings { get; init; } = [];

    public static RunManifest From(RunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new RunManifest
        {
            RunName = result.RunName,
            StartedUtc = result.StartedUtc,
            DurationSeconds = result.Duration.TotalSeconds,
            AgentIndex = result.AgentIndex,
            AgentCount = result.AgentCount,
            Merged = result.Merged,
            StoppedReason = result.StoppedReason,
            Thresholds = result.Thresholds,
            Sections = result.Sections,
            Settings = result.Settings,
            Scenarios = [.. result.Scenarios.Select(s => new ScenarioManifest
            {
                Name = s.Name,
                Model = s.Model,
                DurationSeconds = s.Duration.TotalSeconds,
                Started = s.Started,
                Ok = s.Ok,
                Failed = s.Failed,
                Dropped = s.Dropped,
                Late = s.Late,
                DroppedNoWorker = s.DroppedNoWorker,
                DroppedBehindSchedule = s.DroppedBehindSchedule,
                Clamped = s.Clamped,
                WarmUpInvocations = s.WarmUpInvocations,
                Failures = s.Failures,
                FailureMessages = s.FailureMessages,
            })],
        };
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static RunManifest FromJson(string json) =>
        JsonSerializer.Deserialize<RunManifest>(json, Json) ?? throw new FormatException("run.json is empty.");
}
