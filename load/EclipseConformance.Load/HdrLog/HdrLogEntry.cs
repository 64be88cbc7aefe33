using HdrHistogram;

namespace EclipseConformance.Load.HdrLog;

/// <summary>
/// One interval line of an HdrHistogram log: an optional tag, the absolute start (seconds since the Unix
/// epoch), the interval length, the interval maximum (milliseconds, informational) and the compressed
/// histogram (microseconds).
/// </summary>
public sealed record HdrLogEntry(string? Tag, double StartSeconds, double LengthSeconds, double MaxMs, string Payload)
{
    public static HdrLogEntry From(string? tag, HistogramBase histogram, long startUnixMs, long endUnixMs) =>
        new(tag, startUnixMs / 1000.0, (endUnixMs - startUnixMs) / 1000.0,
            histogram.TotalCount == 0 ? 0 : histogram.GetMaxValue() / 1000.0,
            HistogramCodec.EncodeBase64(histogram));

    public long StartUnixMs => (long)Math.Round(StartSeconds * 1000.0);

    public long EndUnixMs => (long)Math.Round((StartSeconds + LengthSeconds) * 1000.0);

    /// <summary>Decodes the histogram and stamps it with this entry's start and end (Unix milliseconds).</summary>
    public HistogramBase Decode()
    {
        var histogram = HistogramCodec.DecodeBase64(Payload);
        histogram.Tag = Tag;
        histogram.StartTimeStamp = StartUnixMs;
        histogram.EndTimeStamp = EndUnixMs;
        return histogram;
    }
}
