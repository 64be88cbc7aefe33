using HdrHistogram;

namespace EclipseConformance.Load.Measurement;

/// <summary>
/// One histogram shape for every latency the runner records: microseconds from 1 µs to 60 s with three
/// significant digits. Values above the range are clamped (and counted) rather than lost.
/// </summary>
public static class HistogramSettings
{
    public const long LowestMicros = 1;

    public const long HighestMicros = 60_000_000;

    public const int SignificantDigits = 3;

    public static LongHistogram NewHistogram() => new(LowestMicros, HighestMicros, SignificantDigits);

    internal static Recorder NewRecorder() =>
        new(LowestMicros, HighestMicros, SignificantDigits,
            static (id, lowest, highest, digits) => new LongConcurrentHistogram(id, lowest, highest, digits));

    /// <summary>Milliseconds at a percentile (0–100); 0 for an empty histogram.</summary>
    public static double PercentileMs(this HistogramBase histogram, double percentile) =>
        histogram.TotalCount == 0 ? 0 : histogram.GetValueAtPercentile(percentile) / 1000.0;

    public static double MaxMs(this HistogramBase histogram) =>
        histogram.TotalCount == 0 ? 0 : histogram.GetMaxValue() / 1000.0;

    public static double MeanMs(this HistogramBase histogram) =>
        histogram.TotalCount == 0 ? 0 : histogram.GetMean() / 1000.0;
}
