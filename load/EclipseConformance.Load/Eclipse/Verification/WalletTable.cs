namespace EclipseConformance.Load.Eclipse.Verification;

/// <summary>The wallets of a run, indexed so transfer records stay small. Filled during setup, read-only afterwards.</summary>
public sealed class WalletTable
{
    private readonly List<WalletRef> _wallets = [];
    private readonly Dictionary<long, int> _index = [];

    public int Count => _wallets.Count;

    public WalletRef this[int index] => _wallets[index];

    public IReadOnlyList<WalletRef> All => _wallets;

    /// <summary>Adds a wallet (once) and returns its index.</summary>
    public int Add(long walletId, long tenantId, string currency)
    {
        lock (_wallets)
        {
            if (_index.TryGetValue(walletId, out var existing))
            {
                return existing;
            }

            _wallets.Add(new WalletRef(walletId, tenantId, currency));
            _index[walletId] = _wallets.Count - 1;
            return _wallets.Count - 1;
        }
    }

    public bool TryIndexOf(long walletId, out int index) => _index.TryGetValue(walletId, out index);
}
