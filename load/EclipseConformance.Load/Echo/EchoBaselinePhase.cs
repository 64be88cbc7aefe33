using System.Globalization;
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
        var warmUp = TimeSpan.FromTicks(Math.Min(TimeSpan.FromSeconds(2).Ticks, options.EchoBaseline.Ticks / 2));
        return await BaselinePhase.RunAsync(
            echo, raw => EchoBaseline.Scenario(raw), (client, _) => EchoBaseline.Scenario(client), EchoBaseline.ScenarioName, "echo target",
            warmUp, options.EchoBaseline, options, time, loggerFactory, progress, cancellationToken);
    }

    /// <summary>The main result with the echo scenario in front of its own, and the ratio section.</summary>
    public static RunResult Combine(RunResult echo, RunResult main, string ratioScenario, ProfileOptions options) =>
        BaselinePhase.Combine(echo, main, "echo baseline", (baseline, combined) =>
        {
            var description = string.Create(CultureInfo.InvariantCulture,
                $"{baseline.Settings.FirstOrDefault(s => s.Key == "echo target").Value}; closed model, {BaselinePhase.Copies(options)} loops, {options.EchoBaseline.TotalSeconds} s, same client, before the {ratioScenario} phase");
            var ratio = EchoBaseline.Ratio(combined, ratioScenario);
            var notes = new List<KeyValuePair<string, string>>(ratio.Rows)
            {
                KeyValuePair.Create("echo failed requests", Fmt.Int(baseline.Scenarios[0].Failed)),
                KeyValuePair.Create("how measured", options.Model == LoadModel.Closed
                    ? "both closed model with the same loops: the ratio compares capacities"
                    : "the transfer phase is open model, so its ok/s is the offered rate, not capacity; use --model closed (or ./run.sh bench ledger) for the capacity ratio"),
            };
            return (description, ratio with { Rows = notes });
        });
}
