using System.Globalization;

namespace EclipseConformance.Load.Eclipse.Profiles.Mixed;

/// <summary><c>GET /tenants/{t}/wallets/{w}/transactions?limit=20</c>: the latest page of a random wallet (reconciliation).</summary>
public sealed class TransactionsQueryOperation : IMixedOperation
{
    public const int PageSize = 20;

    public string Name => "transactions-query";

    public int Weight => 15;

    public async Task<ScenarioProps> CreateAsync(EclipseRun run, WalletSpread spread, int index, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(spread);
        var caller = await run.NewCallerAsync(copy => WalletSpread.IdentityOf(run, copy), cancellationToken);
        var random = Enumerable.Range(0, caller.Copies).Select(c => run.RandomFor(index, c)).ToArray();
        return Scenario.Create(Name, async context =>
        {
            var copy = context.ScenarioInfo.InstanceNumber;
            var wallet = run.Wallets[spread.Any(ref random[copy], copy)];
            var path = string.Create(CultureInfo.InvariantCulture,
                $"eclipse-conductor/rest/v1/tenants/{wallet.TenantId}/wallets/{wallet.WalletId}/transactions?limit={PageSize}");
            return (await caller.CallAsync(context, "GET", path, ReadOnlyMemory<byte>.Empty)).ToResponse();
        });
    }
}
