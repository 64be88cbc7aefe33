using System.Globalization;
using EclipseConformance.Load.Http;
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
        var copies = Copies(options);
        RawHttpTarget? raw = null;
        using var http = HttpTarget.Create(stub.BaseAddress, copies);
        try
        {
            ScenarioProps scenario;
            if (options.Client == LoadClient.Lean)
            {
                raw = await RawHttpTarget.CreateAsync(stub.BaseAddress, copies, cancellationToken);
                scenario = WireMockBaseline.Scenario(raw, time);
            }
            else
            {
                scenario = WireMockBaseline.Scenario(http.Client, copies, time);
            }

            var runner = LoadRunner.RegisterScenarios(scenario.WithWarmUpDuration(options.WireMockWarmUp).WithLoadSimulations(Simulation.KeepConstant(copies, options.WireMockBaseline)))
                .WithRunName(WireMockBaseline.ScenarioName)
                .WithSettings(options.Settings with { MaxConcurrency = Math.Max(options.Settings.MaxConcurrency, copies) })
                .WithTimeProvider(time)
                .WithLoggerFactory(loggerFactory)
                .WithInfo("stub target", stub.Description);
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

    /// <summary>The main result with the stub scenario in front of its own, and the comparison section.</summary>
    public static RunResult Combine(RunResult stub, RunResult main, string ratioScenario, ProfileOptions options)
    {
        ArgumentNullException.ThrowIfNull(stub);
        ArgumentNullException.ThrowIfNull(main);
        var end = main.StartedUtc + main.Duration;
        var combined = main with
        {
            StartedUtc = stub.StartedUtc,
            Duration = end - stub.StartedUtc,
            Scenarios = [.. stub.Scenarios, .. main.Scenarios],
            Settings =
            [
                .. main.Settings,
                KeyValuePair.Create("WireMock.Net baseline", string.Create(CultureInfo.InvariantCulture,
                    $"{stub.Settings.FirstOrDefault(s => s.Key == "stub target").Value}; one static stub POST {WireMockStubServer.TransferPath} → {WireMockStubServer.TransferStatus}; closed model, {Copies(options)} loops, {options.WireMockBaseline.TotalSeconds} s after {options.WireMockWarmUp.TotalSeconds} s warm-up, same client, before the {ratioScenario} phase")),
            ],
        };
        return combined.WithSections([WireMockBaseline.Comparison(combined, ratioScenario)]);
    }

    private static int Copies(ProfileOptions options) => options.Model == LoadModel.Closed ? options.AgentCopies : options.Concurrency;
}
