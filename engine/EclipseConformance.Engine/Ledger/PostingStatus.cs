namespace EclipseConformance.Engine.Ledger;

/// <summary>Every way a posting can end (TigerBeetle-style result codes).</summary>
public enum PostingStatus
{
    /// <summary>Written now.</summary>
    Applied,

    /// <summary>The same externalUniqueId with the same payload was applied before: nothing changes, same answer.</summary>
    Replayed,

    /// <summary>The externalUniqueId was used before with a different payload.</summary>
    KeyConflict,
    WalletNotFound,
    WalletInactive,
    CurrencyMismatch,
    InsufficientFunds,
    NotAllowed,
    CrossTenantNotAllowed,
    SameWallet,
    Unbalanced,
    BalanceOutOfRange,
}
