using EclipseConformance.Load.Http;
using EclipseConformance.Load.Progress;
using EclipseConformance.Load.Reporting;
using Microsoft.Extensions.Logging;

namespace EclipseConformance.Load.Profiles;

/// <summary>
/// What the baselines of a transfer report (echo server, WireMock.Net stub) share: the baseline target runs as its own
/// process and is driven in the closed model with the profile's concurrency and client, before the profile's own phase;
/// the result goes in front of the main result (<see cref="Combine"/>).
/// </summary>
internal static class BaselinePhase
{
    /// <summary>The baseline's description of how it was run, and the section that compares it with the main scenario.</summary>
    public delegate (string Description, ReportSection Section) Describe(RunResult baseline, RunResult combined);

    public static async Task<RunResult> RunAsync(
        ILoadTarget target,
        Func<RawHttpTarget, ScenarioProps> leanScenario,
        Func<HttpClient, int, ScenarioProps> httpScenario,
        string runName,
        string targetInfoKey,
        TimeSpan warmUp,
        TimeSpan duration,
        ProfileOptions options,
        TimeProvider time,
        ILoggerFactory loggerFactory,
        IProgressReporter? progress,
        CancellationToken cancellationToken)
    {
        var copies = Copies(options);
        RawHttpTarget? raw = null;
        using var http = HttpTarget.Create(target.BaseAddress, copies);
        try
        {
            ScenarioProps scenario;
            if (options.Client == LoadClient.Lean)
            {
                raw = await RawHttpTarget.CreateAsync(target.BaseAddress, copies, cancellationToken);
                scenario = leanScenario(raw);
            }
            else
            {
                scenario = httpScenario(http.Client, copies);
            }

            var runner = LoadRunner.RegisterScenarios(scenario.WithWarmUpDuration(warmUp).WithLoadSimulations(Simulation.KeepConstant(copies, duration)))
                .WithRunName(runName)
                .WithSettings(options.Settings with { MaxConcurrency = Math.Max(options.Settings.MaxConcurrency, copies) })
                .WithTimeProvider(time)
                .WithLoggerFactory(loggerFactory)
                .WithInfo(targetInfoKey, target.Description);
            if (progress is not null)
            {
                runner = runner.WithProgress(progress);
            }

            return await runner.RunAsync(cancellationToken);
        }
        finally
        {
            if (raw is not null)
            {
                await raw.DisposeAsync();
            }
        }
    }

    /// <summary>The main result with the baseline's scenarios in front of its own, a setting describing the baseline, and its section.</summary>
    public static RunResult Combine(RunResult baseline, RunResult main, string settingKey, Describe describe)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(main);
        var end = main.StartedUtc + main.Duration;
        var combined = main with
        {
            StartedUtc = baseline.StartedUtc,
            Duration = end - baseline.StartedUtc,
            Scenarios = [.. baseline.Scenarios, .. main.Scenarios],
        };
        var (description, section) = describe(baseline, combined);
        return (combined with { Settings = [.. main.Settings, KeyValuePair.Create(settingKey, description)] }).WithSections([section]);
    }

    /// <summary>Loops of the closed baseline: the profile's own loops in the closed model, its connections in the open one.</summary>
    public static int Copies(ProfileOptions options) => options.Model == LoadModel.Closed ? options.AgentCopies : options.Concurrency;
}
