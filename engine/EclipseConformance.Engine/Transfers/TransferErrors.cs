using EclipseConformance.Engine.Errors;
using EclipseConformance.Engine.Ledger;

namespace EclipseConformance.Engine.Transfers;

/// <summary>The one place posting outcomes become HTTP statuses and envelope codes for transfers (ADR 0004).</summary>
public static class TransferErrors
{
    public static ApiError? ToApiError(PostingResult result) => result.Status switch
    {
        PostingStatus.Applied or PostingStatus.Replayed => null,
        PostingStatus.KeyConflict => ApiError.Conflict(result.Detail ?? "externalUniqueId was already used with a different request"),
        PostingStatus.WalletNotFound => new ApiError(404, ErrorCodes.NotFound, result.Detail ?? "Wallet not found"),
        PostingStatus.WalletInactive => ApiError.Business(result.Detail ?? "Wallet is not active"),
        PostingStatus.CurrencyMismatch => ApiError.Business(result.Detail ?? "Wallet currencies differ"),
        PostingStatus.InsufficientFunds => ApiError.Business(result.Detail ?? "Insufficient funds"),
        PostingStatus.NotAllowed => ApiError.Forbidden(result.Detail ?? "Not allowed on the source wallet"),
        PostingStatus.CrossTenantNotAllowed => ApiError.Forbidden(result.Detail ?? "Not allowed to pay into another tenant"),
        PostingStatus.SameWallet => ApiError.Validation(result.Detail ?? "fromWalletId and toWalletId must differ"),
        PostingStatus.Unbalanced => ApiError.Validation(result.Detail ?? "Unbalanced posting"),
        PostingStatus.BalanceOutOfRange => ApiError.Business(result.Detail ?? "Balance out of range"),
        _ => throw new ArgumentOutOfRangeException(nameof(result), result.Status, null),
    };

    public static readonly ApiError Unavailable = new(503, ErrorCodes.Unknown, "The ledger is temporarily unavailable; the transfer was not applied", "HIGH", "SYSTEM");
}
