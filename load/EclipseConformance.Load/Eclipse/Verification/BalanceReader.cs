using EclipseConformance.Load.Eclipse.Api;

namespace EclipseConformance.Load.Eclipse.Verification;

/// <summary>Reads the current balance of every wallet of a set of tenants through the paged wallet list (cheap).</summary>
public static class BalanceReader
{
    public static async Task<Dictionary<long, long>> ReadAsync(EclipseAdmin admin, IEnumerable<long> tenants, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(admin);
        var balances = new Dictionary<long, long>();
        foreach (var tenant in tenants.Distinct())
        {
            for (var offset = 0; ; offset += EclipseAdmin.ListPageSize)
            {
                var page = await admin.WalletsAsync(tenant, offset, cancellationToken);
                foreach (var wallet in page)
                {
                    balances[wallet.WalletId] = Nanos.From(wallet.CurrentBalance);
                }

                if (page.Count < EclipseAdmin.ListPageSize)
                {
                    break;
                }
            }
        }

        return balances;
    }

    /// <summary>Records every wallet's balance now as its balance before the run.</summary>
    public static async Task SnapshotAsync(EclipseAdmin admin, WalletTable wallets, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(wallets);
        var balances = await ReadAsync(admin, wallets.All.Select(w => w.TenantId), cancellationToken);
        foreach (var wallet in wallets.All)
        {
            wallet.InitialBalanceNanos = balances.TryGetValue(wallet.WalletId, out var b)
                ? b
                : throw new InvalidOperationException($"Wallet {wallet.WalletId} is not listed in tenant {wallet.TenantId}.");
        }
    }
}
