namespace EclipseConformance.Engine.Vas;

/// <summary>States of the PENDING → confirmation flow (DTB). Persisted on the payment by name.</summary>
public enum PendingState
{
    /// <summary>The funds are held and the submission is to be made or in flight.</summary>
    Submitting,

    /// <summary>Submitted (or its outcome unknown): waiting for the provider's final state.</summary>
    Pending,

    /// <summary>Terminal: confirmed, the hold captured into the settlement.</summary>
    Completed,

    /// <summary>Terminal: refused, the hold released.</summary>
    Failed,
}
