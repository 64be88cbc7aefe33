using EclipseConformance.Engine.Primitives;

namespace EclipseConformance.Engine.Vas;

/// <summary>Wakes the VAS work processor after a commit that queued work.</summary>
public sealed class VasWorkSignal : WakeSignal;
