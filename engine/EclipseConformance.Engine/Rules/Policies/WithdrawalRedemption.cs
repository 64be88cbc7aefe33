namespace EclipseConformance.Engine.Rules;

/// <summary>How a withdrawal type completes (wire: TOKEN, BANK_PAYOUT).</summary>
public enum WithdrawalRedemption
{
    /// <summary>A cash token, redeemed at the ATM / retail network before it expires.</summary>
    Token,

    /// <summary>A payout to a bank account that settles by itself after the type's settlement delay.</summary>
    BankPayout,
}
