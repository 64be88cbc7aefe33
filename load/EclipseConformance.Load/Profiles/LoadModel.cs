namespace EclipseConformance.Load.Profiles;

public enum LoadModel
{
    /// <summary>Arrivals at a fixed rate whatever the target does (Simulation.Inject); latency corrected for coordinated omission.</summary>
    Open,

    /// <summary>N loops back to back (Simulation.KeepConstant); what wrk does.</summary>
    Closed,
}
