namespace EclipseConformance.Engine.Webhooks;

/// <summary>Why an attempt was made.</summary>
public enum AttemptTrigger
{
    /// <summary>The dispatcher found the callback due (first delivery or a scheduled retry).</summary>
    Scheduled,

    /// <summary><c>POST /sim/v1/callbacks/{id}/redeliver</c>: an immediate attempt that starts a new delivery round.</summary>
    Redeliver,
}
