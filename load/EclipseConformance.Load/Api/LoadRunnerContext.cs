using EclipseConformance.Load.Execution;
using EclipseConformance.Load.Progress;
using EclipseConformance.Load.Reporting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace EclipseConformance.Load;

/// <summary>
/// A configured run (NBomber's <c>NBomberContext</c>): scenarios, thresholds, runner settings, clock,
/// progress display and, for distributed runs, this agent's share. Every <c>With…</c> returns a new context.
/// </summary>
public sealed record LoadRunnerContext
{
    internal LoadRunnerContext(IReadOnlyList<ScenarioProps> scenarios)
    {
        ArgumentNullException.ThrowIfNull(scenarios);
        if (scenarios.Count == 0)
        {
            throw new ArgumentException("Register at least one scenario.", nameof(scenarios));
        }

        var duplicate = scenarios.GroupBy(s => s.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Scenario names must be unique; '{duplicate.Key}' appears {duplicate.Count()} times.", nameof(scenarios));
        }

        Scenarios = [.. scenarios];
    }

    public IReadOnlyList<ScenarioProps> Scenarios { get; }

    public string RunName { get; private init; } = "load";

    public IReadOnlyList<Threshold> Thresholds { get; private init; } = [];

    public RunSettings Settings { get; private init; } = new();

    public TimeProvider TimeProvider { get; private init; } = TimeProvider.System;

    public AgentShare Agent { get; private init; } = AgentShare.Single;

    /// <summary>Wall-clock start of the measured phase (agents of a distributed run share it).</summary>
    public DateTimeOffset? StartAt { get; private init; }

    /// <summary>Null: chosen automatically (live table on a terminal, plain lines otherwise).</summary>
    public IProgressReporter? Progress { get; private init; }

    public ILoggerFactory LoggerFactory { get; private init; } = NullLoggerFactory.Instance;

    /// <summary>When set, the reports are written there at the end of <see cref="RunAsync"/>.</summary>
    public string? ReportFolder { get; private init; }

    /// <summary>Free-form "how was this run configured" rows for the report (target, profile options…).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Info { get; private init; } = [];

    public LoadRunnerContext WithRunName(string name) => this with { RunName = name };

    public LoadRunnerContext WithThresholds(params Threshold[] thresholds) => this with { Thresholds = [.. Thresholds, .. thresholds] };

    public LoadRunnerContext WithSettings(RunSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        return this with { Settings = settings };
    }

    public LoadRunnerContext WithTimeProvider(TimeProvider time) => this with { TimeProvider = time };

    public LoadRunnerContext WithAgent(int index, int count) => this with { Agent = new AgentShare(index, count) };

    public LoadRunnerContext WithStartAt(DateTimeOffset? startAt) => this with { StartAt = startAt };

    public LoadRunnerContext WithProgress(IProgressReporter progress) => this with { Progress = progress };

    public LoadRunnerContext WithoutProgress() => this with { Progress = NullProgressReporter.Instance };

    public LoadRunnerContext WithLoggerFactory(ILoggerFactory loggerFactory) => this with { LoggerFactory = loggerFactory };

    public LoadRunnerContext WithReportFolder(string folder) => this with { ReportFolder = folder };

    public LoadRunnerContext WithInfo(string key, string value) => this with { Info = [.. Info, KeyValuePair.Create(key, value)] };

    public RunResult Run() => RunAsync().GetAwaiter().GetResult();

    public async Task<RunResult> RunAsync(CancellationToken cancellationToken = default)
    {
        var result = await RunOrchestrator.RunAsync(this, cancellationToken);
        if (ReportFolder is not null)
        {
            await ReportWriter.WriteAsync(result, ReportFolder);
        }

        return result;
    }
}
