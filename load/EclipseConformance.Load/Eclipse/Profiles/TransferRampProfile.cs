using EclipseConformance.Load.Profiles;
using EclipseConformance.Load.Reporting;

namespace EclipseConformance.Load.Eclipse.Profiles;

/// <summary>
/// <c>transfer-ramp</c>: the transfer-steady traffic with the arrival rate raised linearly from 0 to --rate over
/// --duration (open model; closed model ramps the loops to --concurrency), to find the knee where p99 or errors break.
/// </summary>
public sealed class TransferRampProfile : EclipseProfile
{
    /// <summary>The latency target, used as the knee criterion unless --p99-ms is given.</summary>
    public const double DefaultKneeP99Ms = 15;

    public override string Name => "transfer-ramp";

    public override string Description => "transfers across many wallets with the rate ramped from 0 to --rate, to find the knee (p99 or errors break)";

    public override ProfileDefaults Defaults { get; } = new()
    {
        Rate = 30_000,
        Duration = TimeSpan.FromSeconds(60),
        WarmUp = TimeSpan.FromSeconds(3),
        Concurrency = 256,
        Model = LoadModel.Open,
        EchoRatioScenario = TransferScenario.Name,
    };

    protected override async Task<IReadOnlyList<ScenarioProps>> BuildAsync(EclipseRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var options = run.Context.Options;
        var spread = await WalletSpread.CreateAsync(run, options.Eclipse.Wallets ?? TransferSteadyProfile.DefaultWallets, cancellationToken);
        var (scenario, _) = await TransferScenario.CreateAsync(run, spread, 0, "load transfer-ramp", cancellationToken);
        await run.MarkStartAsync(cancellationToken);
        var ramp = options.Model == LoadModel.Open
            ? Simulation.RampingInject(options.Rate, TimeSpan.FromSeconds(1), options.Duration)
            : Simulation.RampingConstant(options.Concurrency, options.Duration);
        return [scenario.WithWarmUpDuration(options.WarmUp).WithLoadSimulations(ramp)];
    }

    protected override IEnumerable<ReportSection> Describe(EclipseRun run, RunResult result)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(result);
        var limit = run.Context.Options.Thresholds.FirstOrDefault(t => t.Kind == ThresholdKind.LatencyP99Ms)?.Limit ?? DefaultKneeP99Ms;
        var stats = result.Scenarios.FirstOrDefault(s => s.Name == TransferScenario.Name);
        if (stats is not null)
        {
            yield return KneeFinder.Analyse(stats, limit);
        }
    }
}
