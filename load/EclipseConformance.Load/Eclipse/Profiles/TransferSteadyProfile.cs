using EclipseConformance.Load.Profiles;

namespace EclipseConformance.Load.Eclipse.Profiles;

/// <summary>
/// <c>transfer-steady</c>: a constant arrival rate of transfers spread across many freshly created and funded wallets
/// (no hot wallet), each copy logged in as a ZA tenant's API user.
/// </summary>
public sealed class TransferSteadyProfile : EclipseProfile
{
    public const int DefaultWallets = 1000;

    public override string Name => "transfer-steady";

    public override string Description => "constant arrival rate of transfers across many funded wallets in tenants 1001/1002 (no hot wallet)";

    public override ProfileDefaults Defaults { get; } = new()
    {
        Rate = 5000,
        Duration = TimeSpan.FromSeconds(30),
        WarmUp = TimeSpan.FromSeconds(5),
        Concurrency = 64,
        Model = LoadModel.Open,
        Thresholds = [Threshold.MaxErrorPercent(0), Threshold.MaxDroppedPercent(1)],
        EchoRatioScenario = TransferScenario.Name,
    };

    protected override async Task<IReadOnlyList<ScenarioProps>> BuildAsync(EclipseRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var options = run.Context.Options;
        var spread = await WalletSpread.CreateAsync(run, options.Eclipse.Wallets ?? DefaultWallets, cancellationToken);
        var (scenario, _) = await TransferScenario.CreateAsync(run, spread, 0, "load transfer-steady", cancellationToken);
        await run.MarkStartAsync(cancellationToken);
        return [scenario.WithWarmUpDuration(options.WarmUp).WithLoadSimulations(options.Simulation())];
    }
}
