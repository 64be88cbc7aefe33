namespace EclipseConformance.Engine.Withdrawals;

/// <summary>Every way a withdrawal command can end; <see cref="WithdrawalErrors"/> turns the failures into envelopes.</summary>
public enum WithdrawalOutcome
{
    Created,

    /// <summary>The same externalUniqueId with the same payload: the original withdrawal, nothing new reserved.</summary>
    Replayed,

    /// <summary>A state change was applied.</summary>
    Transitioned,
    NotFound,

    /// <summary>The externalUniqueId was used before with a different payload.</summary>
    KeyConflict,

    /// <summary>The destination phone's monthly total would pass the limit.</summary>
    LimitExceeded,
    InsufficientFunds,
    WalletInactive,
    NotAllowed,

    /// <summary>The wallet's currency is not the one the type pays out.</summary>
    CurrencyMismatch,

    /// <summary>The wallet's tenant has no float in the currency to settle into.</summary>
    NoSettlementWallet,

    /// <summary>A decision rule (<c>on: withdrawal</c>) rejected it; the rule's error is the answer.</summary>
    RejectedByRule,

    /// <summary>The state machine does not allow this trigger now (e.g. the withdrawal is already final, or the token expired).</summary>
    IllegalTransition,

    /// <summary>A redemption named a token or phone that is not the withdrawal's.</summary>
    TokenMismatch,

    /// <summary>The ledger refused the settlement of a successful withdrawal (a defect: the funds were held).</summary>
    LedgerRefused,
}
