namespace EclipseConformance.Load.Eclipse.Profiles.Mixed;

/// <summary>Transfers between random wallets of the copy's tenant (recorded and verified like transfer-steady).</summary>
public sealed class TransferOperation : IMixedOperation
{
    public string Name => TransferScenario.Name;

    public int Weight => 40;

    public async Task<ScenarioProps> CreateAsync(EclipseRun run, WalletSpread spread, int index, CancellationToken cancellationToken) =>
        (await TransferScenario.CreateAsync(run, spread, index, "load mixed", cancellationToken)).Scenario;
}
