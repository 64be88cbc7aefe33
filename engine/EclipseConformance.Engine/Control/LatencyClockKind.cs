namespace EclipseConformance.Engine.Control;

/// <summary>The clock that times simulator delays (see <see cref="SimulatorsOptions.LatencyClock"/>).</summary>
public enum LatencyClockKind
{
    Real,
    Engine,
}
