namespace EclipseConformance.Engine.Vas;

/// <summary>What a transition does to the payment's money (applied in the transition's transaction).</summary>
public enum MoneyEffect
{
    None,

    /// <summary>Undo the settlement posting (single-POST failures).</summary>
    Reverse,

    /// <summary>Turn the hold into the settlement posting (two-step and pending successes).</summary>
    Capture,

    /// <summary>Give the held funds back (two-step and pending failures).</summary>
    Release,
}
