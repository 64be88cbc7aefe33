using EclipseConformance.Load.Eclipse.Traffic;

namespace EclipseConformance.Load.Eclipse.Profiles;

/// <summary>
/// Funded wallets in the two ZA tenants for profiles that spread the load: copy i acts as tenant (i mod 2)'s API user
/// and transfers between two distinct wallets of that tenant chosen uniformly at random, so no wallet is hot.
/// </summary>
public sealed class WalletSpread
{
    public static readonly long[] Tenants = [1001, 1002];

    private readonly Dictionary<long, int[]> _wallets;

    private WalletSpread(Dictionary<long, int[]> wallets) => _wallets = wallets;

    public int Count => _wallets.Values.Sum(w => w.Length);

    public static async Task<WalletSpread> CreateAsync(EclipseRun run, int total, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        return new WalletSpread(await WalletSetup.CreateAsync(run, Tenants, Math.Max(2, total / Tenants.Length), cancellationToken));
    }

    public static long TenantOf(int copy) => Tenants[copy % Tenants.Length];

    public static EclipseIdentity IdentityOf(EclipseRun run, int copy)
    {
        ArgumentNullException.ThrowIfNull(run);
        return run.TenantUser(TenantOf(copy));
    }

    /// <summary>Two distinct wallets of the copy's tenant.</summary>
    public (int From, int To) Pair(ref SplitMix64 random, int copy)
    {
        var wallets = _wallets[TenantOf(copy)];
        var from = random.Below(wallets.Length);
        var to = random.Below(wallets.Length - 1);
        return (wallets[from], wallets[to >= from ? to + 1 : to]);
    }

    /// <summary>Any wallet of the copy's tenant.</summary>
    public int Any(ref SplitMix64 random, int copy)
    {
        var wallets = _wallets[TenantOf(copy)];
        return wallets[random.Below(wallets.Length)];
    }
}
