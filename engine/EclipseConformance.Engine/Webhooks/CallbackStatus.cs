namespace EclipseConformance.Engine.Webhooks;

/// <summary>
/// Where a callback is in its life. Eclipse retries payment and withdrawal callbacks until the receiver answers &lt; 300;
/// only a wallet-movement notification under policy <c>conflicts.walletMovementNotifications: SINGLE_ATTEMPT</c> (WMN: sent
/// once, never retried) ends <see cref="NotRetried"/> after a failed attempt.
/// </summary>
public enum CallbackStatus
{
    /// <summary>Waiting for its first attempt or for a retry (<c>next_attempt_ms</c>).</summary>
    Pending,

    /// <summary>The receiver answered with a status below 300.</summary>
    Delivered,

    /// <summary>Its one attempt failed and it is never retried (wallet-movement notifications, SINGLE_ATTEMPT).</summary>
    NotRetried,
}
