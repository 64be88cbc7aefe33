using EclipseConformance.Load.Measurement;
using EclipseConformance.Load.Reporting;

namespace EclipseConformance.Load;

/// <summary>Everything a run produced (NBomber's <c>NodeStats</c>); the input of every report writer.</summary>
public sealed record RunResult
{
    public required string RunName { get; init; }

    public required DateTimeOffset StartedUtc { get; init; }

    public required TimeSpan Duration { get; init; }

    public required IReadOnlyList<ScenarioStats> Scenarios { get; init; }

    public IReadOnlyList<Threshold> Thresholds { get; init; } = [];

    public IReadOnlyList<ThresholdResult> ThresholdResults { get; init; } = [];

    public IReadOnlyList<ReportSection> Sections { get; init; } = [];

    /// <summary>How the run was configured (target, rate, concurrency, …), shown in the report.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Settings { get; init; } = [];

    public int AgentIndex { get; init; }

    public int AgentCount { get; init; } = 1;

    /// <summary>True for a report merged from <see cref="AgentCount"/> agents' reports.</summary>
    public bool Merged { get; init; }

    /// <summary>", agent 2 of 3" / ", merged from 3 agents" / "" for the report headers.</summary>
    public string AgentText => Merged ? $", merged from {AgentCount} agents" : AgentCount > 1 ? $", agent {AgentIndex + 1} of {AgentCount}" : string.Empty;

    /// <summary>Why the run stopped before the end of its plan; null when it completed.</summary>
    public string? StoppedReason { get; init; }

    public IEnumerable<ThresholdResult> Violations => ThresholdResults.Where(r => !r.Passed);

    public IEnumerable<ReportSection> FailedSections => Sections.Where(s => s.Outcome == SectionOutcome.Failed);

    public bool Passed => StoppedReason is null && !Violations.Any() && !FailedSections.Any();

    /// <summary>0 when every threshold and check passed, 1 otherwise.</summary>
    public int ExitCode => Passed ? 0 : 1;

    public RunResult WithSections(IEnumerable<ReportSection> sections) => this with { Sections = [.. Sections, .. sections] };
}
