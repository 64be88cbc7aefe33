using EclipseConformance.TestKit;

namespace EclipseConformance.Engine.Tests.Hostile;

/// <summary>
/// Everything a destructive control route can change, read through the API: the virtual clock, the active rule set
/// (without its <c>lastError</c>, which records refusals by design), the global and the fuzzed tenant's config items,
/// the faults, whether the journal still holds the marker planted before the request, the ledger totals and invariants,
/// and the fuzzed wallets' balances, reservations and transactions.
/// </summary>
public sealed record ControlPlaneState(
    long ClockMs, string Rules, string GlobalConfig, string TenantConfig, string Faults, bool JournalKept, bool LedgerOk, long Postings, long Entries,
    WalletSnapshot Wallet, WalletSnapshot OtherWallet)
{
    /// <summary>The names of the parts that differ from <paramref name="before"/>, with both values shortened.</summary>
    public IReadOnlyList<string> Differences(ControlPlaneState before)
    {
        var parts = new (string Name, object Before, object After)[]
        {
            ("clock", before.ClockMs, ClockMs), ("rules", before.Rules, Rules), ("global config items", before.GlobalConfig, GlobalConfig),
            ("tenant config items", before.TenantConfig, TenantConfig), ("faults", before.Faults, Faults), ("journal kept", before.JournalKept, JournalKept),
            ("ledger ok", before.LedgerOk, LedgerOk), ("postings", before.Postings, Postings), ("entries", before.Entries, Entries),
            ("wallet", before.Wallet, Wallet), ("other wallet", before.OtherWallet, OtherWallet),
        };
        return [.. parts.Where(p => !Equals(p.Before, p.After)).Select(p => $"{p.Name}: {Short(p.Before)} -> {Short(p.After)}")];
    }

    private static string Short(object value) => value.ToString() is { Length: > 160 } text ? text[..160] + "…" : value.ToString() ?? "";
}
