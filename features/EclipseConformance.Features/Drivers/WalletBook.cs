namespace EclipseConformance.Features.Drivers;

/// <summary>The wallets a scenario created or picked, by the names the feature file gives them.</summary>
public sealed class WalletBook
{
    private readonly Dictionary<string, (long TenantId, long WalletId)> _wallets = new(StringComparer.OrdinalIgnoreCase);

    public void Add(string name, long tenantId, long walletId) => _wallets[name] = (tenantId, walletId);

    public (long TenantId, long WalletId) this[string name] =>
        _wallets.TryGetValue(name, out var wallet) ? wallet : throw new KeyNotFoundException($"No wallet named '{name}' in this scenario");

    public IEnumerable<string> Names => _wallets.Keys;
}
