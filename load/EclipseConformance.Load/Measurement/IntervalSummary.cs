namespace EclipseConformance.Load.Measurement;

/// <summary>The per-interval row of the time series (timeseries.csv, the charts).</summary>
public sealed record IntervalSummary(
    long StartUnixMs,
    double LengthSeconds,
    long Started,
    long Ok,
    long Failed,
    long Dropped,
    long Late,
    double LatencyP50Ms,
    double LatencyP90Ms,
    double LatencyP99Ms,
    double LatencyMaxMs,
    double ServiceP50Ms,
    double ServiceP99Ms)
{
    /// <summary>Completed requests (ok + failed) per second in this interval.</summary>
    public double RequestsPerSecond => LengthSeconds <= 0 ? 0 : (Ok + Failed) / LengthSeconds;

    public double OkPerSecond => LengthSeconds <= 0 ? 0 : Ok / LengthSeconds;
}
