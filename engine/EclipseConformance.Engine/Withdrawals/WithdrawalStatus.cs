namespace EclipseConformance.Engine.Withdrawals;

/// <summary>The states of a withdrawal (fact sheet 4.4); on the wire in capitals (<see cref="WithdrawalStatuses"/>).</summary>
public enum WithdrawalStatus
{
    /// <summary>Created: the token is issued (or the payout is on its way) and the money is reserved.</summary>
    Pending,

    /// <summary>The withdrawal was done: the recipient has the cash (or the bank payout settled).</summary>
    Successful,

    /// <summary>The token expired before it was used; the money is available again.</summary>
    Timeout,

    /// <summary>The token was deleted before it was used; the money is available again.</summary>
    Cancelled,

    /// <summary>Something went wrong and the withdrawal will not happen (see errorDescription); the money is available again.</summary>
    Error,
}
