using EclipseConformance.Load.Profiles;

namespace EclipseConformance.Load.Eclipse.Bench;

/// <summary><c>bench ledger</c>: the issue-3 benchmark preset (every value has a validated range).</summary>
public sealed record LedgerBenchOptions
{
    public string Store { get; init; } = "sqlite";

    public IReadOnlyList<string> EngineArguments { get; init; } = [];

    public string? EngineDll { get; init; }

    public string? AdminPassword { get; init; }

    /// <summary>Closed-model loops of the echo and transfer phases.</summary>
    public int Concurrency { get; init; } = 64;

    public TimeSpan EchoDuration { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Runs the WireMock.Net static stub as a second baseline (its own process, closed model, same loops and client,
    /// the transfer request, for <see cref="EchoDuration"/>); <c>--no-wiremock-baseline</c> turns it off.
    /// </summary>
    public bool WireMockBaseline { get; init; } = true;

    /// <summary>Unmeasured stub traffic first: WireMock.Net needs 15–20 s of traffic to reach its steady throughput here.</summary>
    public TimeSpan WireMockWarmUp { get; init; } = TimeSpan.FromSeconds(20);

    public TimeSpan ClosedDuration { get; init; } = TimeSpan.FromSeconds(20);

    public TimeSpan OpenDuration { get; init; } = TimeSpan.FromSeconds(20);

    public TimeSpan WarmUp { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The open-model rate as a fraction of the closed-model throughput (the "70 % of that rate").</summary>
    public double OpenFraction { get; init; } = 0.7;

    /// <summary>Connections (worker slots) of the open-model phase: room for latency spikes without dropping.</summary>
    public int OpenConcurrency { get; init; } = 128;

    public int Wallets { get; init; } = 1000;

    /// <summary>Rounds, each on a freshly started engine; the summary reports every round and the medians.</summary>
    public int Rounds { get; init; } = 1;

    public LoadClient Client { get; init; } = LoadClient.Lean;

    public void Validate()
    {
        Check(Concurrency is >= 1 and <= 4096, "--concurrency is between 1 and 4096");
        Check(OpenConcurrency is >= 1 and <= 4096, "--open-concurrency is between 1 and 4096");
        Check(EchoDuration > TimeSpan.Zero && EchoDuration <= TimeSpan.FromMinutes(10), "--echo-duration is more than 0 and at most 600 s");
        Check(WireMockWarmUp >= TimeSpan.Zero && WireMockWarmUp <= TimeSpan.FromMinutes(5), "--wiremock-warmup is between 0 and 300 s");
        Check(ClosedDuration > TimeSpan.Zero && ClosedDuration <= TimeSpan.FromHours(1), "--duration is more than 0 and at most 3600 s");
        Check(OpenDuration > TimeSpan.Zero && OpenDuration <= TimeSpan.FromHours(1), "--open-duration is more than 0 and at most 3600 s");
        Check(WarmUp >= TimeSpan.Zero && WarmUp <= TimeSpan.FromMinutes(5), "--warmup is between 0 and 300 s");
        Check(OpenFraction is > 0 and <= 2, "--open-fraction is more than 0 and at most 2");
        Check(Rounds is >= 1 and <= 20, "--rounds is between 1 and 20");
        Check(Wallets is >= Eclipse.EclipseOptions.MinWallets and <= Eclipse.EclipseOptions.MaxWallets, "--wallets is between 4 and 100000");
    }

    private static void Check(bool valid, string message)
    {
        if (!valid)
        {
            throw new ArgumentException(message);
        }
    }
}
