namespace EclipseConformance.Engine.Webhooks;

/// <summary>Where a callback is in its life. Eclipse retries until the receiver answers &lt; 300, so there is no "gave up".</summary>
public enum CallbackStatus
{
    /// <summary>Waiting for its first attempt or for a retry (<c>next_attempt_ms</c>).</summary>
    Pending,

    /// <summary>The receiver answered with a status below 300.</summary>
    Delivered,
}
