namespace EclipseConformance.Load.Eclipse.Profiles;

/// <summary>
/// Opens and funds the wallets a spread-out profile transfers between, through the API: for each tenant, wallets for
/// its existing customers (round robin), each funded from the tenant float through the control plane.
/// </summary>
public static class WalletSetup
{
    /// <summary>Opening balance of every wallet: far more than the transfers of a long run can move out.</summary>
    public const decimal Funding = 1_000_000m;

    private const int Parallelism = 8;

    /// <summary>Creates <paramref name="perTenant"/> funded wallets in each tenant; returns their indices in the run's wallet table, per tenant.</summary>
    public static async Task<Dictionary<long, int[]>> CreateAsync(EclipseRun run, IReadOnlyList<long> tenants, int perTenant, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(tenants);
        var result = new Dictionary<long, int[]>();
        foreach (var tenant in tenants)
        {
            // The customers come from the tenant's wallet list (customer wallets name their customer).
            var customers = (await run.Admin.WalletsAsync(tenant, 0, cancellationToken))
                .Where(w => w.CustomerId is not null && w.Status == "ACTIVE").Select(w => w.CustomerId!.Value).Distinct().ToList();
            if (customers.Count == 0)
            {
                throw new InvalidOperationException($"Tenant {tenant} has no active customers to open wallets for.");
            }

            var indices = new int[perTenant];
            await Parallel.ForEachAsync(Enumerable.Range(0, perTenant), new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
                async (i, ct) =>
                {
                    var customer = customers[i % customers.Count];
                    var wallet = await run.Admin.OpenWalletAsync(tenant, customer, $"load {run.Tag} {i}", ct);
                    await run.Admin.FundAsync(wallet.WalletId, Funding, $"load-fund-{run.NewKey()}", ct);
                    indices[i] = run.Wallets.Add(wallet.WalletId, tenant, wallet.Currency);
                });
            result[tenant] = indices;
        }

        return result;
    }
}
