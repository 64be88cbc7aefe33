using System.Globalization;
using EclipseConformance.Load.Measurement;
using EclipseConformance.Load.Progress;
using EclipseConformance.Load.Reporting;
using Microsoft.Extensions.Logging;

namespace EclipseConformance.Load.Execution;

/// <summary>Init → warm-up (not measured) → measured phase → drain → clean → thresholds.</summary>
internal static class RunOrchestrator
{
    public static async Task<RunResult> RunAsync(LoadRunnerContext context, CancellationToken cancellationToken)
    {
        context.Settings.Validate();
        var time = context.TimeProvider;
        var logger = context.LoggerFactory.CreateLogger("EclipseConformance.Load");
        var clock = new TimestampConverter(time.TimestampFrequency);
        using var control = new RunControl(cancellationToken);
        var executors = context.Scenarios
            .Select(s => new ScenarioExecutor(s, context.Settings, time, logger, context.Agent, control))
            .ToList();

        await InitAsync(context.Scenarios, executors, logger, control.Token);
        var progress = context.Progress ?? ProgressReporters.Auto();
        progress.Start(context.RunName);
        var cleanSections = new List<ReportSection>();
        try
        {
            var warmUp = context.Scenarios.Max(s => s.WarmUpDuration);
            if (context.StartAt is { } startAt)
            {
                await DelayUntilUtcAsync(time, startAt - warmUp, control.Token);
            }

            var warmUpCounts = await WarmUpAsync(context, executors, progress, warmUp, control.Token);
            if (context.StartAt is { } measuredAt)
            {
                await DelayUntilUtcAsync(time, measuredAt, control.Token);
            }

            var meters = executors.Select((_, i) => NewMeter(context, i, clock)).ToList();
            var builders = executors.Select((e, i) => new ScenarioStatsBuilder(context.Scenarios[i].Name, SimulationPlan.DescribeModel(e.Plan))).ToList();
            using var collector = new IntervalCollector(
                time,
                context.Settings.ReportingInterval,
                [.. meters.Select((m, i) => (m, (ScenarioStatsBuilder?)builders[i]))],
                progress,
                "run",
                context.Scenarios.Max(s => s.Duration));

            var start = time.GetTimestamp();
            var startedUtc = time.GetUtcNow();
            collector.Start(start, startedUtc.ToUnixTimeMilliseconds());
            var ends = new long[executors.Count];
            await Task.WhenAll(executors.Select(async (executor, i) =>
            {
                await executor.RunPhaseAsync(executor.Plan, start, meters[i], warmUp: false);
                ends[i] = time.GetTimestamp();
            }));
            await collector.StopAsync();
            var duration = time.Between(start, time.GetTimestamp());

            var stats = builders.Select((b, i) => b.Build(time.Between(start, ends[i]), meters[i], warmUpCounts[i])).ToList();
            if (control.StoppedReason is { } reason)
            {
                LoadLog.StoppedEarly(logger, context.RunName, reason);
            }

            cleanSections.AddRange(await CleanAsync(context.Scenarios, executors, logger));
            return new RunResult
            {
                RunName = context.RunName,
                StartedUtc = startedUtc,
                Duration = duration,
                Scenarios = stats,
                Thresholds = context.Thresholds,
                ThresholdResults = ThresholdEvaluator.Evaluate(context.Thresholds, stats),
                Sections = cleanSections,
                Settings = [.. context.Info, .. Describe(context)],
                AgentIndex = context.Agent.Index,
                AgentCount = context.Agent.Count,
                StoppedReason = control.StoppedReason,
            };
        }
        finally
        {
            await progress.StopAsync();
            if (context.Progress is null && progress is IDisposable disposable)
            {
                disposable.Dispose();
            }
        }
    }

    private static ScenarioMeter NewMeter(LoadRunnerContext context, int index, TimestampConverter clock) =>
        new(context.Scenarios[index].Name, clock, context.Settings.LateThreshold);

    private static async Task<long[]> WarmUpAsync(
        LoadRunnerContext context, List<ScenarioExecutor> executors, IProgressReporter progress, TimeSpan warmUp, CancellationToken token)
    {
        var counts = new long[executors.Count];
        if (warmUp <= TimeSpan.Zero || token.IsCancellationRequested)
        {
            return counts;
        }

        var time = context.TimeProvider;
        var clock = new TimestampConverter(time.TimestampFrequency);
        var meters = executors.Select((_, i) => NewMeter(context, i, clock)).ToList();
        using var collector = new IntervalCollector(
            time, context.Settings.ReportingInterval, [.. meters.Select(m => (m, (ScenarioStatsBuilder?)null))], progress, "warm-up", warmUp);
        var start = time.GetTimestamp();
        collector.Start(start, time.GetUtcNow().ToUnixTimeMilliseconds());
        await Task.WhenAll(executors.Select((executor, i) =>
        {
            var length = context.Scenarios[i].WarmUpDuration;
            return length > TimeSpan.Zero
                ? executor.RunPhaseAsync(SimulationPlan.Truncate(executor.Plan, length), start, meters[i], warmUp: true)
                : Task.CompletedTask;
        }));
        await collector.StopAsync();
        for (var i = 0; i < meters.Count; i++)
        {
            counts[i] = meters[i].TotalStarted;
        }

        return counts;
    }

    private static async Task InitAsync(IReadOnlyList<ScenarioProps> scenarios, List<ScenarioExecutor> executors, ILogger logger, CancellationToken token)
    {
        for (var i = 0; i < scenarios.Count; i++)
        {
            if (scenarios[i].Init is not { } init)
            {
                continue;
            }

            try
            {
                await init(new ScenarioInitContext(executors[i].Info(0), logger, token));
            }
            catch (Exception ex)
            {
                LoadLog.InitFailed(logger, scenarios[i].Name, ex);
                throw new InvalidOperationException($"Scenario '{scenarios[i].Name}' init failed: {ex.Message}", ex);
            }
        }
    }

    private static async Task<List<ReportSection>> CleanAsync(IReadOnlyList<ScenarioProps> scenarios, List<ScenarioExecutor> executors, ILogger logger)
    {
        var sections = new List<ReportSection>();
        for (var i = 0; i < scenarios.Count; i++)
        {
            if (scenarios[i].Clean is not { } clean)
            {
                continue;
            }

            try
            {
                await clean(new ScenarioInitContext(executors[i].Info(0), logger, CancellationToken.None));
            }
            catch (Exception ex)
            {
                LoadLog.CleanFailed(logger, scenarios[i].Name, ex);
                sections.Add(ReportSection.Info($"Clean of {scenarios[i].Name} failed", ("error", $"{ex.GetType().Name}: {ex.Message}")));
            }
        }

        return sections;
    }

    private static async Task DelayUntilUtcAsync(TimeProvider time, DateTimeOffset at, CancellationToken token)
    {
        var delay = at - time.GetUtcNow();
        if (delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(delay, time, token);
            }
            catch (OperationCanceledException)
            {
                // The run was cancelled while waiting; the phases see the same token and stop at once.
            }
        }
    }

    private static IEnumerable<KeyValuePair<string, string>> Describe(LoadRunnerContext context)
    {
        var s = context.Settings;
        yield return KeyValuePair.Create("agent", context.Agent.ToString());
        yield return KeyValuePair.Create("max concurrency (open model)", s.MaxConcurrency.ToString(CultureInfo.InvariantCulture));
        yield return KeyValuePair.Create("max lag before drop", $"{s.MaxLag.TotalMilliseconds.ToString(CultureInfo.InvariantCulture)} ms");
        yield return KeyValuePair.Create("late after", $"{s.LateThreshold.TotalMilliseconds.ToString(CultureInfo.InvariantCulture)} ms");
        foreach (var scenario in context.Scenarios)
        {
            yield return KeyValuePair.Create($"scenario {scenario.Name}",
                $"warm-up {scenario.WarmUpDuration.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s; {SimulationPlan.Describe(scenario.LoadSimulations)}");
        }
    }
}
