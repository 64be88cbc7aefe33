namespace EclipseConformance.Engine.Vas;

/// <summary>States of the two-step flow (POST → BUILDING, PUT completes). Persisted on the payment by name.</summary>
public enum TwoStepState
{
    /// <summary>Created by the POST; waiting for the PUT (wire BUILDING).</summary>
    Building,

    /// <summary>The PUT was accepted and the funds are held; the provider completes it.</summary>
    Completing,

    /// <summary>The completion's outcome is unknown: the provider's check decides.</summary>
    Confirming,

    /// <summary>Terminal: done, the hold captured into the settlement.</summary>
    Completed,

    /// <summary>Terminal: not done, the hold released.</summary>
    Failed,
}
