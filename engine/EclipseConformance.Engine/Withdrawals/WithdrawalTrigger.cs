namespace EclipseConformance.Engine.Withdrawals;

/// <summary>What can happen to a pending withdrawal.</summary>
public enum WithdrawalTrigger
{
    /// <summary>The token was used at the ATM / retail network (or redeemed on the control plane).</summary>
    Redeem,

    /// <summary>The bank payout settled after its delay.</summary>
    Settle,

    /// <summary>The token's lifetime ran out on the engine's clock.</summary>
    Expire,

    /// <summary>The owner deleted the withdrawal.</summary>
    Cancel,

    /// <summary>The gateway refused or could not take the token, or its SMS could not be delivered.</summary>
    Fail,
}
