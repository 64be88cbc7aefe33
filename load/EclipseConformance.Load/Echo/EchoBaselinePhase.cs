using System.Globalization;
using EclipseConformance.Load.Http;
using EclipseConformance.Load.Profiles;
using EclipseConformance.Load.Progress;
using EclipseConformance.Load.Reporting;
using Microsoft.Extensions.Logging;

namespace EclipseConformance.Load.Echo;

/// <summary>
/// The echo baseline of a transfer report: before the profile's own phase, the echo server runs as its own process
/// and is driven in the closed model with the same concurrency and the same client; the two results are reported
/// together with the throughput ratio (<see cref="EchoBaseline.Ratio"/>).
/// </summary>
internal static class EchoBaselinePhase
{
    public static async Task<RunResult> RunAsync(
        ProfileOptions options, TimeProvider time, ILoggerFactory loggerFactory, IProgressReporter? progress, CancellationToken cancellationToken)
    {
        await using var echo = await EchoProcess.StartAsync(time, cancellationToken);
        var copies = Copies(options);
        RawHttpTarget? raw = null;
        using var http = HttpTarget.Create(echo.BaseAddress, copies);
        try
        {
            ScenarioProps scenario;
            if (options.Client == LoadClient.Lean)
            {
                raw = await RawHttpTarget.CreateAsync(echo.BaseAddress, copies, cancellationToken);
                scenario = EchoBaseline.Scenario(raw);
            }
            else
            {
                scenario = EchoBaseline.Scenario(http.Client);
            }

            var warmUp = TimeSpan.FromTicks(Math.Min(TimeSpan.FromSeconds(2).Ticks, options.EchoBaseline.Ticks / 2));
            var runner = LoadRunner.RegisterScenarios(scenario.WithWarmUpDuration(warmUp).WithLoadSimulations(Simulation.KeepConstant(copies, options.EchoBaseline)))
                .WithRunName(EchoBaseline.ScenarioName)
                .WithSettings(options.Settings with { MaxConcurrency = Math.Max(options.Settings.MaxConcurrency, copies) })
                .WithTimeProvider(time)
                .WithLoggerFactory(loggerFactory)
                .WithInfo("echo target", echo.Description);
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

    /// <summary>The main result with the echo scenario in front of its own, and the ratio section.</summary>
    public static RunResult Combine(RunResult echo, RunResult main, string ratioScenario, ProfileOptions options)
    {
        ArgumentNullException.ThrowIfNull(echo);
        ArgumentNullException.ThrowIfNull(main);
        var end = main.StartedUtc + main.Duration;
        var combined = main with
        {
            StartedUtc = echo.StartedUtc,
            Duration = end - echo.StartedUtc,
            Scenarios = [.. echo.Scenarios, .. main.Scenarios],
            Settings =
            [
                .. main.Settings,
                KeyValuePair.Create("echo baseline", string.Create(CultureInfo.InvariantCulture,
                    $"{echo.Settings.FirstOrDefault(s => s.Key == "echo target").Value}; closed model, {Copies(options)} loops, {options.EchoBaseline.TotalSeconds} s, same client, before the {ratioScenario} phase")),
            ],
        };
        var ratio = EchoBaseline.Ratio(combined, ratioScenario);
        var echoStats = echo.Scenarios[0];
        var notes = new List<KeyValuePair<string, string>>(ratio.Rows)
        {
            KeyValuePair.Create("echo failed requests", Fmt.Int(echoStats.Failed)),
            KeyValuePair.Create("how measured", options.Model == LoadModel.Closed
                ? "both closed model with the same loops: the ratio compares capacities"
                : "the transfer phase is open model, so its ok/s is the offered rate, not capacity; use --model closed (or ./run.sh bench ledger) for the capacity ratio"),
        };
        return combined.WithSections([ratio with { Rows = notes }]);
    }

    private static int Copies(ProfileOptions options) => options.Model == LoadModel.Closed ? options.AgentCopies : options.Concurrency;
}
