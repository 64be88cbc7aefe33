namespace EclipseConformance.Load;

/// <summary>Open model: <paramref name="Rate"/> arrivals per <paramref name="Interval"/>, evenly spaced.</summary>
public sealed record InjectSimulation(int Rate, TimeSpan Interval, TimeSpan During) : LoadSimulation(During)
{
    /// <summary>The highest arrival rate accepted, per second.</summary>
    public const double MaxRatePerSecond = 1_000_000;

    public double RatePerSecond => Rate / Interval.TotalSeconds;

    internal override void Validate()
    {
        base.Validate();
        ValidateRate(Rate, Interval);
    }

    internal static void ValidateRate(int rate, TimeSpan interval)
    {
        if (interval <= TimeSpan.Zero || interval > TimeSpan.FromHours(1))
        {
            throw new ArgumentOutOfRangeException(nameof(interval), interval, "The interval is more than 0 and at most 1 hour.");
        }

        if (rate < 0 || rate / interval.TotalSeconds > MaxRatePerSecond)
        {
            throw new ArgumentOutOfRangeException(nameof(rate), rate, $"The rate is between 0 and {MaxRatePerSecond:F0} per second.");
        }
    }
}
