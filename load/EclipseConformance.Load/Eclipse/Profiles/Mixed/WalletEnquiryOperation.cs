using System.Globalization;

namespace EclipseConformance.Load.Eclipse.Profiles.Mixed;

/// <summary><c>GET /tenants/{t}/wallets/{w}</c> on a random wallet of the copy's tenant (balance enquiry).</summary>
public sealed class WalletEnquiryOperation : IMixedOperation
{
    public string Name => "wallet-enquiry";

    public int Weight => 20;

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
            var path = string.Create(CultureInfo.InvariantCulture, $"eclipse-conductor/rest/v1/tenants/{wallet.TenantId}/wallets/{wallet.WalletId}");
            return (await caller.CallAsync(context, "GET", path, ReadOnlyMemory<byte>.Empty)).ToResponse();
        });
    }
}
