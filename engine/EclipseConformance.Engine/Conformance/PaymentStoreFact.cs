namespace EclipseConformance.Engine.Conformance;

/// <summary>What the store says about a payment now: whether its extraInfo exists and when the row last changed.</summary>
public sealed record PaymentStoreFact(long PaymentId, bool HasExtraInfo, long LastModifiedMs);
