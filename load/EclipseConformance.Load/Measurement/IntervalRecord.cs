using HdrHistogram;

namespace EclipseConformance.Load.Measurement;

/// <summary>
/// What one scenario did during one reporting interval (normally one second). <see cref="Latency"/> holds
/// successful requests measured from their intended start (coordinated-omission corrected in the open model);
/// <see cref="Service"/> holds the same requests measured from their actual start.
/// </summary>
public sealed record IntervalRecord(
    string Scenario,
    long StartUnixMs,
    long EndUnixMs,
    HistogramBase Latency,
    HistogramBase Service,
    long Failed,
    long Dropped,
    long Late,
    long Started)
{
    public long Ok => Latency.TotalCount;
}
