namespace EclipseConformance.Load;

/// <summary>
/// One phase of a scenario's load shape. Phases run one after another. Open-model phases
/// (<see cref="InjectSimulation"/>, <see cref="RampingInjectSimulation"/>) schedule arrivals independently
/// of responses; closed-model phases (<see cref="KeepConstantSimulation"/>, <see cref="RampingConstantSimulation"/>)
/// keep a number of loops busy. Create them through <see cref="Simulation"/>.
/// </summary>
public abstract record LoadSimulation(TimeSpan During)
{
    /// <summary>The longest single phase accepted ("everything has a limit").</summary>
    public static readonly TimeSpan MaxDuring = TimeSpan.FromHours(24);

    internal virtual void Validate()
    {
        if (During <= TimeSpan.Zero || During > MaxDuring)
        {
            throw new ArgumentOutOfRangeException(nameof(During), During, $"A load simulation lasts more than 0 and at most {MaxDuring}.");
        }
    }
}
