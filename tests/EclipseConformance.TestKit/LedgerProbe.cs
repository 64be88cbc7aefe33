using System.Globalization;
using System.Text.Json.Nodes;

namespace EclipseConformance.TestKit;

/// <summary>Reads balances and transaction lists through the API, to assert that a rejected request changed nothing.</summary>
public sealed class LedgerProbe(EclipseClient admin)
{
    public async Task<WalletSnapshot> SnapshotAsync(long tenantId, long walletId)
    {
        var wallet = await admin.GetAsync($"tenants/{tenantId}/wallets/{walletId}");
        if (wallet.Code != 200 || wallet.Json is not JsonObject found)
        {
            throw new InvalidOperationException($"The wallet enquiry of {walletId} answered {wallet.Code}: {wallet.Text}");
        }

        var transactions = await admin.GetAsync($"tenants/{tenantId}/wallets/{walletId}/transactions?limit=1000");
        return new WalletSnapshot(
            found["currentBalance"]!.GetValue<decimal>(),
            found["availableBalance"]!.GetValue<decimal>(),
            transactions.OkArray().Count,
            transactions.OkArray().FirstOrDefault()?["transactionId"]?.GetValue<long>());
    }

    /// <summary>The wallet's transactions carrying this externalUniqueId.</summary>
    public async Task<JsonArray> TransactionsAsync(long tenantId, long walletId, string externalUniqueId) =>
        (await admin.GetAsync($"tenants/{tenantId}/wallets/{walletId}/transactions?externalUniqueId={Uri.EscapeDataString(externalUniqueId)}")).OkArray();

    public async Task<JsonObject> InvariantsAsync(EclipseClient simulatorAdmin) =>
        (await simulatorAdmin.GetAsync("/sim/v1/ledger/invariants")).Json!.AsObject();

    public static string Amount(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}

public sealed record WalletSnapshot(decimal Current, decimal Available, int TransactionCount, long? LatestTransactionId);
