using Dapper;
using EclipseConformance.Engine.Errors;
using EclipseConformance.Engine.Ledger;
using EclipseConformance.Engine.Primitives;
using EclipseConformance.Engine.Storage;
using EclipseConformance.Engine.Wallets;

namespace EclipseConformance.Engine.Control;

/// <summary>Test funding: a FUNDING posting from the wallet's tenant float, idempotent on externalUniqueId.</summary>
public sealed class WalletFunding(Database database, PostingEngine postings, WalletStore wallets)
{
    public async Task<(ApiError? Error, Wallet? Wallet)> FundAsync(long walletId, FundWalletRequest request, CancellationToken cancellationToken)
    {
        if (request.Amount is not { } amount || amount <= 0 || !Money.TryFromDecimal(amount, out var money))
        {
            return (ApiError.Validation("amount must be a positive number with at most 9 decimals and at most 1000000000"), null);
        }

        if (request.ExternalUniqueId is { Length: < 6 or > 200 })
        {
            return (ApiError.Validation("externalUniqueId must be 6-200 characters"), null);
        }

        var wallet = await wallets.FindAsync(walletId, cancellationToken);
        if (wallet is null)
        {
            return (ApiError.NotFound("Wallet"), null);
        }

        long floatId;
        await using (var connection = await database.OpenAsync(cancellationToken))
        {
            floatId = await connection.QuerySingleOrDefaultAsync<long>(
                "SELECT wallet_id FROM wallets WHERE tenant_id = @tenantId AND wallet_type_id = @type AND currency = @currency ORDER BY wallet_id LIMIT 1",
                new { tenantId = wallet.TenantId, type = WalletTypes.TenantFloat, currency = wallet.Currency });
        }

        if (floatId == 0 || floatId == walletId)
        {
            return (ApiError.Business($"Wallet {walletId} has no {wallet.Currency} tenant float to be funded from"), null);
        }

        var hash = $"{walletId}|{money.Nanos}";
        var result = await postings.ApplyOneAsync(
            PostingRequest.Transfer(PostingKind.Funding, request.ExternalUniqueId, hash, wallet.TenantId, floatId, walletId, money.Nanos,
                PostingAuthority.System, request.Description ?? "Simulator funding"),
            cancellationToken);
        return result.Status switch
        {
            PostingStatus.Applied or PostingStatus.Replayed => (null, await wallets.FindAsync(walletId, cancellationToken)),
            PostingStatus.KeyConflict => (ApiError.Conflict(result.Detail!), null),
            _ => (ApiError.Business(result.Detail ?? result.Status.ToString()), null),
        };
    }
}
