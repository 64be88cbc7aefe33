using System.Globalization;
using EclipseConformance.Load.Profiles;
using EclipseConformance.Load.Progress;
using Microsoft.Extensions.Logging;

namespace EclipseConformance.Load.WireMockStub;

/// <summary>
/// The second baseline of a transfer report (<c>bench ledger</c>): the WireMock.Net static stub as its own process,
/// driven in the closed model with the same concurrency and client as the echo baseline, with the transfer request;
/// the result is reported next to the transfers (<see cref="WireMockBaseline.Comparison"/>).
/// </summary>
internal static class WireMockBaselinePhase
{
    public static async Task<RunResult> RunAsync(
        ProfileOptions options, TimeProvider time, ILoggerFactory loggerFactory, IProgressReporter? progress, CancellationToken cancellationToken)
    {
        await using var stub = await WireMockStubProcess.StartAsync(time, cancellationToken);
        return await BaselinePhase.RunAsync(
            stub, raw => WireMockBaseline.Scenario(raw, time), (client, copies) => WireMockBaseline.Scenario(client, copies, time),
            WireMockBaseline.ScenarioName, "stub target", options.WireMockWarmUp, options.WireMockBaseline, options, time, loggerFactory, progress,
            cancellationToken);
    }

    /// <summary>The main result with the stub scenario in front of its own, and the comparison section.</summary>
    public static RunResult Combine(RunResult stub, RunResult main, string ratioScenario, ProfileOptions options) =>
        BaselinePhase.Combine(stub, main, "WireMock.Net baseline", (baseline, combined) => (
            string.Create(CultureInfo.InvariantCulture,
                $"{baseline.Settings.FirstOrDefault(s => s.Key == "stub target").Value}; one static stub POST {WireMockStubServer.TransferPath} → {WireMockStubServer.TransferStatus}; closed model, {BaselinePhase.Copies(options)} loops, {options.WireMockBaseline.TotalSeconds} s after {options.WireMockWarmUp.TotalSeconds} s warm-up, same client, before the {ratioScenario} phase"),
            WireMockBaseline.Comparison(combined, ratioScenario)));
}
