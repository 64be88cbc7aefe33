using Dapper;
using EclipseConformance.Engine.Storage;
using EclipseConformance.Engine.Wallets;

namespace EclipseConformance.Engine.Withdrawals;

/// <summary>
/// The wallets a withdrawal settles into (ADR 0022): the amount goes to the tenant's float in the currency (where
/// funding comes from, i.e. money leaving the platform as cash or a bank payout), the fee to the tenant's fee wallet
/// (or the float when there is none); and the wallet owner's phone the limit counts on when no deliverToPhone is given.
/// </summary>
public sealed class WithdrawalAccounts(Database database)
{
    public async Task<(long? SettlementWalletId, long? FeeWalletId, string? OwnerPhone)> ForAsync(long tenantId, long walletId, string currency, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var settlement = await FirstAsync(WalletTypes.TenantFloat);
        var fee = await FirstAsync(WalletTypes.FeeIncome);
        var phone = await connection.QuerySingleOrDefaultAsync<string?>(
            "SELECT c.phone1 FROM wallets w JOIN customers c ON c.customer_id = w.customer_id WHERE w.wallet_id = @walletId", new { walletId });
        return (settlement, fee ?? settlement, phone);

        Task<long?> FirstAsync(long type) => connection.QuerySingleOrDefaultAsync<long?>(
            "SELECT wallet_id FROM wallets WHERE tenant_id = @tenantId AND wallet_type_id = @type AND currency = @currency ORDER BY wallet_id LIMIT 1",
            new { tenantId, type, currency });
    }
}
