namespace EclipseConformance.Engine.Webhooks;

/// <summary>The outcome of a redelivery request.</summary>
public enum RedeliveryStatus
{
    /// <summary>An attempt was made (whatever the receiver answered).</summary>
    Attempted,

    NotFound,

    /// <summary>Another attempt holds the callback's lease right now.</summary>
    InFlight,
}
