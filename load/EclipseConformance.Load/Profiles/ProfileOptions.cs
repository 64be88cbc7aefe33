using EclipseConformance.Load.Eclipse;
using EclipseConformance.Load.Execution;

namespace EclipseConformance.Load.Profiles;

/// <summary>The resolved options of one profile run (command line over profile defaults).</summary>
public sealed record ProfileOptions
{
    public const int MaxRate = 1_000_000;

    public static readonly TimeSpan MaxDuration = TimeSpan.FromHours(24);

    public static readonly TimeSpan MaxEchoBaseline = TimeSpan.FromMinutes(10);

    /// <summary>Global arrival rate per second (open model); each agent takes its share.</summary>
    public int Rate { get; init; } = 100;

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan WarmUp { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Closed model: loops (global, split across agents). Open model: connections and worker slots per agent.</summary>
    public int Concurrency { get; init; } = 64;

    public LoadModel Model { get; init; } = LoadModel.Open;

    /// <summary>Which HTTP client the profile's scenarios use (profiles may support only one).</summary>
    public LoadClient Client { get; init; } = LoadClient.Lean;

    /// <summary>Null: the profile starts its own default target.</summary>
    public Uri? Target { get; init; }

    public AgentShare Agent { get; init; } = AgentShare.Single;

    public DateTimeOffset? StartAt { get; init; }

    public RunSettings Settings { get; init; } = new();

    /// <summary>
    /// Length of the echo baseline phase run before the profile's own phase (closed model, same concurrency, same
    /// client) for profiles that report a ratio to echo; zero turns it off (<c>--no-echo-baseline</c>).
    /// </summary>
    public TimeSpan EchoBaseline { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Length of the WireMock.Net static-stub baseline run after the echo baseline (closed model, same concurrency,
    /// same client, the transfer request); zero (the default of <c>run</c>) turns it off. <c>bench ledger</c> sets it.
    /// </summary>
    public TimeSpan WireMockBaseline { get; init; }

    /// <summary>
    /// Unmeasured traffic before the WireMock.Net baseline is measured. WireMock.Net's request path is large JIT-wise:
    /// on this machine its throughput kept rising for 15–20 s of traffic (tiered compilation), so 2 s would understate it.
    /// </summary>
    public TimeSpan WireMockWarmUp { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Engine, credentials, verification and setup options of the Eclipse profiles.</summary>
    public EclipseOptions Eclipse { get; init; } = new();

    /// <summary>Thresholds from the command line; they replace the profile's default threshold of the same kind.</summary>
    public IReadOnlyList<Threshold> Thresholds { get; init; } = [];

    public static ProfileOptions FromDefaults(ProfileDefaults defaults)
    {
        ArgumentNullException.ThrowIfNull(defaults);
        return new ProfileOptions
        {
            Rate = defaults.Rate,
            Duration = defaults.Duration,
            WarmUp = defaults.WarmUp,
            Concurrency = defaults.Concurrency,
            Model = defaults.Model,
            Thresholds = defaults.Thresholds,
        };
    }

    /// <summary>Command-line thresholds replace the current ones of the same kind; the others stay.</summary>
    public ProfileOptions WithThresholdOverrides(IEnumerable<Threshold> overrides)
    {
        var list = overrides.ToList();
        return this with { Thresholds = [.. Thresholds.Where(t => list.TrueForAll(o => o.Kind != t.Kind)), .. list] };
    }

    /// <summary>This agent's closed-model loops.</summary>
    public int AgentCopies => Agent.ShareOf(Concurrency);

    public void Validate()
    {
        if (Rate is < 1 or > MaxRate)
        {
            throw new ArgumentOutOfRangeException(nameof(Rate), Rate, $"The rate is between 1 and {MaxRate} per second.");
        }

        if (Duration <= TimeSpan.Zero || Duration > MaxDuration)
        {
            throw new ArgumentOutOfRangeException(nameof(Duration), Duration, "The duration is more than 0 and at most 24 h.");
        }

        if (WarmUp < TimeSpan.Zero || WarmUp > ScenarioProps.MaxWarmUp)
        {
            throw new ArgumentOutOfRangeException(nameof(WarmUp), WarmUp, "The warm-up is between 0 and 30 min.");
        }

        if (Concurrency is < 1 or > KeepConstantSimulation.MaxCopies)
        {
            throw new ArgumentOutOfRangeException(nameof(Concurrency), Concurrency, $"Concurrency is between 1 and {KeepConstantSimulation.MaxCopies}.");
        }

        if (Model == LoadModel.Closed && Concurrency < Agent.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(Concurrency), Concurrency, "Each agent needs at least one loop.");
        }

        if (WireMockBaseline < TimeSpan.Zero || WireMockBaseline > MaxEchoBaseline)
        {
            throw new ArgumentOutOfRangeException(nameof(WireMockBaseline), WireMockBaseline, "The WireMock.Net baseline lasts between 0 and 10 min.");
        }

        if (WireMockWarmUp < TimeSpan.Zero || WireMockWarmUp > TimeSpan.FromMinutes(5))
        {
            throw new ArgumentOutOfRangeException(nameof(WireMockWarmUp), WireMockWarmUp, "The WireMock.Net warm-up lasts between 0 and 5 min.");
        }

        if (EchoBaseline < TimeSpan.Zero || EchoBaseline > MaxEchoBaseline)
        {
            throw new ArgumentOutOfRangeException(nameof(EchoBaseline), EchoBaseline, "The echo baseline lasts between 0 and 10 min.");
        }

        Settings.Validate();
        Eclipse.Validate();
    }

    /// <summary>The standard load shape for these options: inject at the rate, or keep the loops busy.</summary>
    public LoadSimulation Simulation() => Model == LoadModel.Open
        ? Load.Simulation.Inject(Rate, TimeSpan.FromSeconds(1), Duration)
        : Load.Simulation.KeepConstant(Concurrency, Duration);
}
