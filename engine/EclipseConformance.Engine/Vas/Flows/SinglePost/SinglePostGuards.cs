namespace EclipseConformance.Engine.Vas;

/// <summary>The facts the single-POST machine's guards read (computed from the payment; no side effects).</summary>
public readonly record struct SinglePostGuards(bool HasPrevend, bool MayRetryPrevend, bool MayCheckAgain);
