using System.Collections.Concurrent;
using HdrHistogram;

namespace EclipseConformance.Load.Measurement;

/// <summary>
/// Thread-safe measurement sink for one scenario in one phase (warm-up or measured). Drivers report every
/// scheduled request exactly once: started then completed, or dropped. Intervals are taken by the collector.
/// The hot path is two interlocked counters and one or two histogram records: a request that started exactly
/// at its intended time (always, in the closed model) is recorded once, in a histogram that counts for both
/// latency and service time.
/// </summary>
public sealed class ScenarioMeter
{
    /// <summary>Distinct failure codes kept; the rest are counted under "other".</summary>
    public const int MaxFailureCodes = 100;

    private readonly Recorder _latency = HistogramSettings.NewRecorder();
    private readonly Recorder _service = HistogramSettings.NewRecorder();
    private readonly Recorder _onTime = HistogramSettings.NewRecorder();
    private readonly ConcurrentDictionary<string, long> _failures = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _failureMessages = new(StringComparer.Ordinal);
    private readonly TimestampConverter _clock;
    private readonly long _lateTicks;
    private long _ok;
    private long _failed;
    private long _dropped;
    private long _late;
    private long _started;
    private long _clamped;
    private long _droppedNoWorker;
    private long _droppedBehindSchedule;
    private (long Failed, long Dropped, long Late, long Started) _taken;

    public ScenarioMeter(string scenario, TimestampConverter clock, TimeSpan lateThreshold)
    {
        Scenario = scenario;
        _clock = clock;
        _lateTicks = clock.FromTimeSpan(lateThreshold);
    }

    public string Scenario { get; }

    public long TotalOk => Volatile.Read(ref _ok);

    public long TotalFailed => Volatile.Read(ref _failed);

    public long TotalDropped => Volatile.Read(ref _dropped);

    public long TotalLate => Volatile.Read(ref _late);

    public long TotalStarted => Volatile.Read(ref _started);

    public long InFlight => Math.Max(0, TotalStarted - TotalOk - TotalFailed);

    /// <summary>Latencies above <see cref="HistogramSettings.HighestMicros"/>, recorded at the maximum.</summary>
    public long Clamped => Volatile.Read(ref _clamped);

    public long DroppedNoWorker => Volatile.Read(ref _droppedNoWorker);

    public long DroppedBehindSchedule => Volatile.Read(ref _droppedBehindSchedule);

    public IReadOnlyDictionary<string, long> Failures => _failures;

    public IReadOnlyDictionary<string, string> FailureMessages => _failureMessages;

    public void OnStarted(long intendedTimestamp, long startTimestamp)
    {
        Interlocked.Increment(ref _started);
        if (startTimestamp - intendedTimestamp > _lateTicks)
        {
            Interlocked.Increment(ref _late);
        }
    }

    public void OnCompleted(long intendedTimestamp, long startTimestamp, long endTimestamp, IResponse response)
    {
        if (response.IsError)
        {
            CountFailure(response.StatusCode, response.Message, 1);
            Interlocked.Increment(ref _failed);
            return;
        }

        var service = Clamp(_clock.ToMicros(endTimestamp - startTimestamp));
        if (intendedTimestamp >= startTimestamp)
        {
            // On time (or, by at most a timer tick, early): latency and service time are the same value.
            _onTime.RecordValue(service);
        }
        else
        {
            _latency.RecordValue(Clamp(_clock.ToMicros(endTimestamp - intendedTimestamp)));
            _service.RecordValue(service);
        }

        Interlocked.Increment(ref _ok);
    }

    public void OnDropped(DropReason reason)
    {
        Interlocked.Increment(ref reason == DropReason.NoFreeWorker ? ref _droppedNoWorker : ref _droppedBehindSchedule);
        Interlocked.Increment(ref _dropped);
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

        CountFailure("abandoned", "Still in flight after the drain timeout and cancellation.", count);
        Interlocked.Add(ref _failed, count);
    }

    /// <summary>Takes everything recorded since the previous call and starts a new interval. One caller at a time.</summary>
    public IntervalRecord TakeInterval(long startUnixMs, long endUnixMs)
    {
        var latency = HistogramSettings.NewHistogram();
        var service = HistogramSettings.NewHistogram();
        var onTime = HistogramSettings.NewHistogram();
        var now = (Failed: TotalFailed, Dropped: TotalDropped, Late: TotalLate, Started: TotalStarted);
        _latency.GetIntervalHistogramInto(latency);
        _service.GetIntervalHistogramInto(service);
        _onTime.GetIntervalHistogramInto(onTime);
        latency.Add(onTime);
        service.Add(onTime);
        latency.StartTimeStamp = service.StartTimeStamp = startUnixMs;
        latency.EndTimeStamp = service.EndTimeStamp = endUnixMs;
        var record = new IntervalRecord(Scenario, startUnixMs, endUnixMs, latency, service,
            now.Failed - _taken.Failed, now.Dropped - _taken.Dropped, now.Late - _taken.Late, now.Started - _taken.Started);
        _taken = now;
        return record;
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

    private void CountFailure(string statusCode, string message, long count)
    {
        var code = string.IsNullOrEmpty(statusCode) ? "fail" : statusCode;
        if (!_failures.ContainsKey(code) && _failures.Count >= MaxFailureCodes)
        {
            code = "other";
        }

        _failures.AddOrUpdate(code, count, (_, n) => n + count);
        if (!string.IsNullOrEmpty(message))
        {
            _failureMessages.TryAdd(code, message.Length > 300 ? message[..300] : message);
        }
    }
}
