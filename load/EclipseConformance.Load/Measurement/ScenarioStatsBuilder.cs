using EclipseConformance.Load.HdrLog;
using HdrHistogram;

namespace EclipseConformance.Load.Measurement;

/// <summary>
/// Accumulates interval records into totals, the time series and the hlog entries. Used by a live run
/// (fed by the collector once per interval) and by <c>merge</c> (fed by merged agent logs), so both produce
/// identical reports. Not thread-safe: one feeder at a time.
/// </summary>
public sealed class ScenarioStatsBuilder(string name, string model)
{
    private readonly LongHistogram _latency = HistogramSettings.NewHistogram();
    private readonly LongHistogram _service = HistogramSettings.NewHistogram();
    private readonly List<IntervalSummary> _intervals = [];
    private readonly List<HdrLogEntry> _entries = [];
    private long _failed;
    private long _dropped;
    private long _late;
    private long _started;

    public string Name { get; } = name;

    public string Model { get; } = model;

    public static string LatencyTag(string scenario) => scenario + ":latency";

    public static string ServiceTag(string scenario) => scenario + ":service";

    /// <summary>Totals so far (read by the progress display on the feeding thread).</summary>
    public HistogramBase LatencySoFar => _latency;

    public IntervalSummary? LastInterval => _intervals.Count == 0 ? null : _intervals[^1];

    public void Add(IntervalRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        _latency.Add(record.Latency);
        _service.Add(record.Service);
        _failed += record.Failed;
        _dropped += record.Dropped;
        _late += record.Late;
        _started += record.Started;
        _intervals.Add(new IntervalSummary(
            record.StartUnixMs,
            (record.EndUnixMs - record.StartUnixMs) / 1000.0,
            record.Started,
            record.Ok,
            record.Failed,
            record.Dropped,
            record.Late,
            record.Latency.PercentileMs(50),
            record.Latency.PercentileMs(90),
            record.Latency.PercentileMs(99),
            record.Latency.MaxMs(),
            record.Service.PercentileMs(50),
            record.Service.PercentileMs(99)));
        _entries.Add(HdrLogEntry.From(LatencyTag(Name), record.Latency, record.StartUnixMs, record.EndUnixMs));
        _entries.Add(HdrLogEntry.From(ServiceTag(Name), record.Service, record.StartUnixMs, record.EndUnixMs));
    }

    public ScenarioStats Build(TimeSpan duration, ScenarioMeter? meter = null, long warmUpInvocations = 0) => new()
    {
        Name = Name,
        Model = Model,
        Duration = duration,
        Latency = _latency.Copy(),
        Service = _service.Copy(),
        Intervals = [.. _intervals],
        LogEntries = [.. _entries],
        Failed = _failed,
        Dropped = _dropped,
        Late = _late,
        Started = _started,
        DroppedNoWorker = meter?.DroppedNoWorker ?? 0,
        DroppedBehindSchedule = meter?.DroppedBehindSchedule ?? 0,
        Clamped = meter?.Clamped ?? 0,
        WarmUpInvocations = warmUpInvocations,
        Failures = meter is null ? new Dictionary<string, long>() : new Dictionary<string, long>(meter.Failures, StringComparer.Ordinal),
        FailureMessages = meter is null ? new Dictionary<string, string>() : new Dictionary<string, string>(meter.FailureMessages, StringComparer.Ordinal),
    };
}
