using EclipseConformance.Engine.Primitives;

namespace EclipseConformance.Engine.Webhooks;

/// <summary>Wakes the callback dispatcher: after a producer commits, after an attempt completes, after a redelivery.</summary>
public sealed class CallbackSignal : WakeSignal;
