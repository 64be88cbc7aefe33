namespace EclipseConformance.Engine.Vas;

/// <summary>States of the single-POST flow (FrontierWeb). Persisted on the payment by name.</summary>
public enum SinglePostState
{
    /// <summary>The POST was accepted and funds moved; the machine starts from here (never stored).</summary>
    Accepted,

    /// <summary>The pre-vend (validation) is to be done or in flight.</summary>
    Prevending,

    /// <summary>The vend (fulfilment) is to be done or in flight.</summary>
    Vending,

    /// <summary>The vend's outcome is unknown: the provider's transaction check decides.</summary>
    Confirming,

    /// <summary>Terminal: delivered, extraInfo filled.</summary>
    Completed,

    /// <summary>Terminal: not delivered, funds reversed.</summary>
    Failed,
}
