using System.Threading.RateLimiting;

namespace EclipseConformance.Engine.RateLimiting;

/// <summary>
/// A fixed-window rate limiter on an injected <see cref="TimeProvider"/>. .NET 10's <see cref="FixedWindowRateLimiter"/>
/// reads <c>Stopwatch</c> and replenishes from its own timer (no TimeProvider option: dotnet/runtime#106447), so the
/// engine's virtual clock could not move its windows; this one computes the window from the clock on every call
/// (ADR 0021). Windows are consecutive <c>window</c>-long spans starting when the limiter was created; no queueing.
/// </summary>
public sealed class TimeProviderFixedWindowLimiter : RateLimiter
{
    private static readonly RateLimitLease Granted = new WindowLease(true, TimeSpan.Zero);

    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly long _windowTicks;
    private long _windowStart;
    private int _used;
    private long _successful;
    private long _failed;

    public TimeProviderFixedWindowLimiter(int permitLimit, TimeSpan window, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(permitLimit, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(window, TimeSpan.FromMilliseconds(1));
        PermitLimit = permitLimit;
        Window = window;
        _time = time;
        _windowTicks = window.Ticks;
        _windowStart = time.GetUtcNow().UtcTicks;
    }

    public int PermitLimit { get; }

    public TimeSpan Window { get; }

    public override TimeSpan? IdleDuration
    {
        get
        {
            var now = _time.GetUtcNow().UtcTicks;
            lock (_gate)
            {
                Roll(now);
                return _used == 0 ? TimeSpan.FromTicks(Math.Max(0, now - _windowStart)) : null;
            }
        }
    }

    /// <summary>Takes <paramref name="permits"/> if the current window has them; the state says what is left and when it resets.</summary>
    public WindowState TryTake(int permits, long nowUtcTicks)
    {
        lock (_gate)
        {
            Roll(nowUtcTicks);
            var acquired = permits <= PermitLimit - _used && (permits > 0 || _used < PermitLimit);
            if (acquired)
            {
                _used += permits;
                _successful++;
            }
            else
            {
                _failed++;
            }

            return new WindowState(acquired, PermitLimit, PermitLimit - _used, TimeSpan.FromTicks(_windowStart + _windowTicks - nowUtcTicks), _windowStart);
        }
    }

    /// <summary>Gives permits back (a request refused by another limiter consumes nothing) if their window is still current.</summary>
    public void Return(int permits, long windowStart)
    {
        lock (_gate)
        {
            if (windowStart == _windowStart)
            {
                _used = Math.Max(0, _used - permits);
            }
        }
    }

    /// <summary>No permit used in the current window (so a fresh limiter would behave the same).</summary>
    public bool IsIdle(long nowUtcTicks)
    {
        lock (_gate)
        {
            Roll(nowUtcTicks);
            return _used == 0;
        }
    }

    public override RateLimiterStatistics? GetStatistics()
    {
        var now = _time.GetUtcNow().UtcTicks;
        lock (_gate)
        {
            Roll(now);
            return new RateLimiterStatistics
            {
                CurrentAvailablePermits = PermitLimit - _used,
                CurrentQueuedCount = 0,
                TotalSuccessfulLeases = _successful,
                TotalFailedLeases = _failed,
            };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(permitCount, PermitLimit);
        var state = TryTake(permitCount, _time.GetUtcNow().UtcTicks);
        return state.Acquired ? Granted : new WindowLease(false, state.ResetAfter);
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
        ValueTask.FromResult(AttemptAcquireCore(permitCount));

    /// <summary>Moves to the window that contains <paramref name="now"/> (the clock never goes back; if it did, the window stays).</summary>
    private void Roll(long now)
    {
        if (now - _windowStart >= _windowTicks)
        {
            _windowStart += (now - _windowStart) / _windowTicks * _windowTicks;
            _used = 0;
        }
    }

    private sealed class WindowLease(bool acquired, TimeSpan retryAfter) : RateLimitLease
    {
        private static readonly string[] RetryAfterOnly = [MetadataName.RetryAfter.Name];

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => acquired ? [] : RetryAfterOnly;

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            if (!acquired && metadataName == MetadataName.RetryAfter.Name)
            {
                metadata = retryAfter;
                return true;
            }

            metadata = null;
            return false;
        }
    }
}
