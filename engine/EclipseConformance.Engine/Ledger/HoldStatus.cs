namespace EclipseConformance.Engine.Ledger;

/// <summary>Every way a hold operation can end.</summary>
public enum HoldStatus
{
    Ok,
    WalletNotFound,
    WalletInactive,
    NotAllowed,
    InsufficientFunds,
    HoldNotFound,

    /// <summary>The hold was already released or captured (holds close once).</summary>
    HoldClosed,

    /// <summary>A hold with this kind and reference already exists.</summary>
    DuplicateReference,

    /// <summary>The settlement posting of a capture was refused (its <see cref="PostingStatus"/> is in the detail).</summary>
    SettlementRefused,
}
