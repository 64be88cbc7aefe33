namespace EclipseConformance.Engine.Webhooks;

/// <summary>The callback's state after an attempt: delivered, or pending with its failure count and next attempt time.</summary>
public sealed record CallbackTransition(CallbackStatus Status, long Failures, long? NextAttemptMs, long? DeliveredMs);
