namespace EclipseConformance.Engine.Tests.FaultMatrix;

/// <summary>Where in a flow an upstream call sits, which decides the fault kinds it gets and what must hold afterwards.</summary>
public enum StepPhase
{
    /// <summary>Before any money moves (product/catalog/network look-ups at the POST): a fault may refuse the payment, never half-do it.</summary>
    Select,

    /// <summary>The call that sells upstream (vend, recharge, payment, submission): unprocessed and processed-then-lost faults.</summary>
    Sale,

    /// <summary>The status query that settles an unknown or pending sale (its sale's answer is lost first where that is what triggers it).</summary>
    Confirm,

    /// <summary>A delivery call of a withdrawal token (network registration, SMS): retried on the engine's schedule.</summary>
    Delivery,
}
