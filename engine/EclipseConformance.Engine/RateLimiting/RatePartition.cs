using System.Threading.RateLimiting;

namespace EclipseConformance.Engine.RateLimiting;

/// <summary>
/// The limiters of one partition: its fixed window and (except for the lookup window) its concurrency limit. Never
/// disposed when dropped: a request that fetched it just before may still be using it (neither holds a timer).
/// </summary>
internal sealed class RatePartition(TimeProviderFixedWindowLimiter window, ConcurrencyLimiter? concurrency)
{
    public TimeProviderFixedWindowLimiter Window => window;

    public ConcurrencyLimiter? Concurrency => concurrency;

    /// <summary>Nothing in flight and no permit used in the current window: dropping it changes nothing.</summary>
    public bool IsIdle(long nowTicks) => window.IsIdle(nowTicks) && (concurrency is null || concurrency.IdleDuration is not null);
}
