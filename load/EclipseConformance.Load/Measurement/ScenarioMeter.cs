using System.Collections.Concurrent;
using HdrHistogram;

namespace EclipseConformance.Load.Measurement;

/// <summary>
/// Thread-safe measurement sink for one scenario in one phase (warm-up or measured). Drivers report every
/// scheduled request exactly once: started then completed, or dropped. Intervals are taken by the collector.
/// </summary>
public sealed class ScenarioMeter
{
    /// <summary>Distinct failure codes kept; the rest are counted under "other".</summary>
    public const int MaxFailureCodes = 100;

    private readonly Recorder _latency = HistogramSettings.NewRecorder();
    private readonly Recorder _service = HistogramSettings.NewRecorder();
    private readonly ConcurrentDictionary<string, long> _failures = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _failureMessages = new(StringComparer.Ordinal);
    private readonly TimestampConverter _clock;
    private readonly long _lateTicks;
    private long _failed;
    private long _dropped;
    private long _late;
    private long _started;
    private long _inFlight;
    private long _clamped;
    private long _droppedNoWorker;
    private long _droppedBehindSchedule;
    private long _totalOk;
    private long _totalFailed;
    private long _totalDropped;
    private long _totalLate;
    private long _totalStarted;

    public ScenarioMeter(string scenario, TimestampConverter clock, TimeSpan lateThreshold)
    {
        Scenario = scenario;
        _clock = clock;
        _lateTicks = clock.FromTimeSpan(lateThreshold);
    }

    public string Scenario { get; }

    public long InFlight => Volatile.Read(ref _inFlight);

    public long TotalOk => Volatile.Read(ref _totalOk);

    public long TotalFailed => Volatile.Read(ref _totalFailed);

    public long TotalDropped => Volatile.Read(ref _totalDropped);

    public long TotalLate => Volatile.Read(ref _totalLate);

    public long TotalStarted => Volatile.Read(ref _totalStarted);

    /// <summary>Latencies above <see cref="HistogramSettings.HighestMicros"/>, recorded at the maximum.</summary>
    public long Clamped => Volatile.Read(ref _clamped);

    public long DroppedNoWorker => Volatile.Read(ref _droppedNoWorker);

    public long DroppedBehindSchedule => Volatile.Read(ref _droppedBehindSchedule);

    public IReadOnlyDictionary<string, long> Failures => _failures;

    public IReadOnlyDictionary<string, string> FailureMessages => _failureMessages;

    public void OnStarted(long intendedTimestamp, long startTimestamp)
    {
        Interlocked.Increment(ref _started);
        Interlocked.Increment(ref _totalStarted);
        Interlocked.Increment(ref _inFlight);
        if (startTimestamp - intendedTimestamp > _lateTicks)
        {
            Interlocked.Increment(ref _late);
            Interlocked.Increment(ref _totalLate);
        }
    }

    public void OnCompleted(long intendedTimestamp, long startTimestamp, long endTimestamp, IResponse response)
    {
        Interlocked.Decrement(ref _inFlight);
        if (response.IsError)
        {
            Interlocked.Increment(ref _failed);
            Interlocked.Increment(ref _totalFailed);
            CountFailure(response);
            return;
        }

        // A request the dispatcher started early (never more than a timer tick) is measured from its actual start.
        _latency.RecordValue(Clamp(_clock.ToMicros(endTimestamp - Math.Min(intendedTimestamp, startTimestamp))));
        _service.RecordValue(Clamp(_clock.ToMicros(endTimestamp - startTimestamp)));
        Interlocked.Increment(ref _totalOk);
    }

    public void OnDropped(DropReason reason)
    {
        Interlocked.Increment(ref _dropped);
        Interlocked.Increment(ref _totalDropped);
        Interlocked.Increment(ref reason == DropReason.NoFreeWorker ? ref _droppedNoWorker : ref _droppedBehindSchedule);
    }

    /// <summary>
    /// Requests still in flight after the drain timeout and cancellation: counted as failed ("abandoned") so
    /// that every started request is accounted for.
    /// </summary>
    public void OnAbandoned(long count)
    {
        if (count <= 0)
        {
            return;
        }

        Interlocked.Add(ref _inFlight, -count);
        Interlocked.Add(ref _failed, count);
        Interlocked.Add(ref _totalFailed, count);
        _failures.AddOrUpdate("abandoned", count, (_, n) => n + count);
    }

    /// <summary>Takes everything recorded since the previous call and starts a new interval.</summary>
    public IntervalRecord TakeInterval(long startUnixMs, long endUnixMs)
    {
        var latency = HistogramSettings.NewHistogram();
        var service = HistogramSettings.NewHistogram();
        _latency.GetIntervalHistogramInto(latency);
        _service.GetIntervalHistogramInto(service);
        latency.StartTimeStamp = service.StartTimeStamp = startUnixMs;
        latency.EndTimeStamp = service.EndTimeStamp = endUnixMs;
        return new IntervalRecord(
            Scenario,
            startUnixMs,
            endUnixMs,
            latency,
            service,
            Interlocked.Exchange(ref _failed, 0),
            Interlocked.Exchange(ref _dropped, 0),
            Interlocked.Exchange(ref _late, 0),
            Interlocked.Exchange(ref _started, 0));
    }

    private long Clamp(long micros)
    {
        if (micros <= HistogramSettings.HighestMicros)
        {
            return micros;
        }

        Interlocked.Increment(ref _clamped);
        return HistogramSettings.HighestMicros;
    }

    private void CountFailure(IResponse response)
    {
        var code = string.IsNullOrEmpty(response.StatusCode) ? "fail" : response.StatusCode;
        if (!_failures.ContainsKey(code) && _failures.Count >= MaxFailureCodes)
        {
            code = "other";
        }

        _failures.AddOrUpdate(code, 1, static (_, n) => n + 1);
        if (!string.IsNullOrEmpty(response.Message))
        {
            _failureMessages.TryAdd(code, response.Message.Length > 300 ? response.Message[..300] : response.Message);
        }
    }
}
