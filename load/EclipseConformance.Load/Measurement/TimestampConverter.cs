namespace EclipseConformance.Load.Measurement;

/// <summary>Converts <see cref="TimeProvider.GetTimestamp"/> ticks to and from microseconds and seconds.</summary>
public readonly struct TimestampConverter
{
    private readonly double _microsPerTick;

    public TimestampConverter(long frequency)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(frequency);
        Frequency = frequency;
        _microsPerTick = 1_000_000.0 / frequency;
    }

    public long Frequency { get; }

    public long ToMicros(long ticks) => ticks <= 0 ? 0 : (long)(ticks * _microsPerTick);

    public long FromSeconds(double seconds) => (long)Math.Round(seconds * Frequency);

    public long FromTimeSpan(TimeSpan span) => FromSeconds(span.TotalSeconds);

    public double ToSeconds(long ticks) => (double)ticks / Frequency;
}
