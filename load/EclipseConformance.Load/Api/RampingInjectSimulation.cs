namespace EclipseConformance.Load;

/// <summary>
/// Open model: the arrival rate moves linearly from the previous phase's rate (0 at the start or after a pause)
/// to <paramref name="Rate"/> per <paramref name="Interval"/> over <paramref name="During"/>.
/// </summary>
public sealed record RampingInjectSimulation(int Rate, TimeSpan Interval, TimeSpan During) : LoadSimulation(During)
{
    public double RatePerSecond => Rate / Interval.TotalSeconds;

    internal override void Validate()
    {
        base.Validate();
        InjectSimulation.ValidateRate(Rate, Interval);
    }
}
