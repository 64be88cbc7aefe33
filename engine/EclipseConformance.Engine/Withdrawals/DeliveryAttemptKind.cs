namespace EclipseConformance.Engine.Withdrawals;

public enum DeliveryAttemptKind
{
    /// <summary>Accepted (or nothing to do, e.g. no simulator of that kind is running).</summary>
    Done,

    /// <summary>The upstream declined for good (a 4xx other than 408/429): the withdrawal goes to ERROR at once.</summary>
    Refused,

    /// <summary>Timeout, connection failure, 5xx, 408 or 429: tried again later, up to the attempt limit.</summary>
    Failed,
}
