using EclipseConformance.TestKit;

namespace EclipseConformance.Engine.Tests.Vas.Support;

/// <summary>The three wallets a VAS payment touches: the customer's, the tenant's VAS settlement wallet and its fee wallet.</summary>
internal sealed record Balances(decimal Customer, decimal Settlement, decimal Fees)
{
    public static async Task<Balances> ReadAsync(LedgerProbe probe, long tenantId, long customerWallet, long settlementWallet, long feeWallet) => new(
        (await probe.SnapshotAsync(tenantId, customerWallet)).Current,
        (await probe.SnapshotAsync(tenantId, settlementWallet)).Current,
        (await probe.SnapshotAsync(tenantId, feeWallet)).Current);
}
