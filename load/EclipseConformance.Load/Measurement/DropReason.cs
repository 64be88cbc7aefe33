namespace EclipseConformance.Load.Measurement;

/// <summary>Why the runner did not start a scheduled request.</summary>
public enum DropReason
{
    /// <summary>Every worker was busy until the request was more than the allowed lag behind its intended start.</summary>
    NoFreeWorker,

    /// <summary>The dispatcher itself was more than the allowed lag behind the schedule.</summary>
    BehindSchedule,
}
