namespace EclipseConformance.Engine.Webhooks;

/// <summary>How one delivery attempt ended.</summary>
public enum AttemptOutcome
{
    /// <summary>The receiver answered with a status below 300.</summary>
    Succeeded,

    /// <summary>Status ≥ 300, a timeout, or a connection error: retried on the policy's schedule.</summary>
    Failed,

    /// <summary>The engine stopped while the request was in flight: due again at once after restart, not counted as a failure.</summary>
    Interrupted,
}
