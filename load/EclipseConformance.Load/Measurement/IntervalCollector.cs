using EclipseConformance.Load.Execution;
using EclipseConformance.Load.Progress;

namespace EclipseConformance.Load.Measurement;

/// <summary>
/// Takes an interval from every scenario meter at each reporting boundary (phase start + k × interval),
/// feeds the stats builders (none during warm-up) and the progress display. Boundaries come from the
/// monotonic clock; Unix times are derived from the phase's Unix start so agents' intervals line up.
/// </summary>
internal sealed class IntervalCollector : IDisposable
{
    private readonly TimeProvider _time;
    private readonly TimeSpan _interval;
    private readonly IReadOnlyList<(ScenarioMeter Meter, ScenarioStatsBuilder? Builder)> _targets;
    private readonly IProgressReporter _progress;
    private readonly string _phase;
    private readonly TimeSpan _planned;
    private readonly CancellationTokenSource _stop = new();
    private long _phaseStart;
    private long _phaseStartUnixMs;
    private long _lastUnixMs;
    private Task _loop = Task.CompletedTask;

    public IntervalCollector(
        TimeProvider time,
        TimeSpan interval,
        IReadOnlyList<(ScenarioMeter Meter, ScenarioStatsBuilder? Builder)> targets,
        IProgressReporter progress,
        string phase,
        TimeSpan planned)
    {
        _time = time;
        _interval = interval;
        _targets = targets;
        _progress = progress;
        _phase = phase;
        _planned = planned;
    }

    public void Start(long phaseStart, long phaseStartUnixMs)
    {
        _phaseStart = phaseStart;
        _phaseStartUnixMs = _lastUnixMs = phaseStartUnixMs;
        _loop = LoopAsync();
    }

    /// <summary>Stops ticking and takes the final (usually partial) interval up to now.</summary>
    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        Collect(_time.GetTimestamp(), final: true);
    }

    public void Dispose() => _stop.Dispose();

    private async Task LoopAsync()
    {
        var intervalTicks = (long)(_interval.TotalSeconds * _time.TimestampFrequency);
        for (long k = 1; ; k++)
        {
            var boundary = _phaseStart + (k * intervalTicks);
            if (!await _time.DelayUntilAsync(boundary, _stop.Token))
            {
                return;
            }

            Collect(boundary, final: false);
        }
    }

    private void Collect(long timestamp, bool final)
    {
        var endUnixMs = Math.Max(_lastUnixMs, _phaseStartUnixMs + (long)_time.Between(_phaseStart, timestamp).TotalMilliseconds);
        var seconds = Math.Max(0.001, (endUnixMs - _lastUnixMs) / 1000.0);
        var lines = new List<ScenarioProgress>(_targets.Count);
        foreach (var (meter, builder) in _targets)
        {
            var record = meter.TakeInterval(_lastUnixMs, endUnixMs);
            var empty = record.Ok + record.Failed + record.Dropped + record.Started == 0;
            if (builder is not null && !(final && empty && endUnixMs == _lastUnixMs))
            {
                builder.Add(record);
            }

            var soFar = builder?.LatencySoFar ?? record.Latency;
            lines.Add(new ScenarioProgress(
                meter.Scenario,
                (record.Ok + record.Failed) / seconds,
                meter.InFlight,
                meter.TotalOk,
                meter.TotalFailed,
                meter.TotalDropped,
                meter.TotalLate,
                soFar.PercentileMs(50),
                soFar.PercentileMs(99)));
        }

        _lastUnixMs = endUnixMs;
        _progress.Report(new ProgressSnapshot(_phase, _time.Between(_phaseStart, timestamp), _planned, lines));
    }
}
