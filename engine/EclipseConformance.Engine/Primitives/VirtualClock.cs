using Microsoft.Extensions.Time.Testing;

namespace EclipseConformance.Engine.Primitives;

/// <summary>
/// The engine's only clock: a <see cref="FakeTimeProvider"/> that the control plane can advance or set (token expiry,
/// withdrawal token lifetimes, callback retries and upstream confirmations all follow it). In
/// <see cref="ClockMode.Realtime"/> a ticker also moves it with the wall clock; in <see cref="ClockMode.Manual"/> it
/// stands still unless told. Timers registered through it fire when virtual time passes their due time.
/// </summary>
public sealed class VirtualClock(FakeTimeProvider inner, ClockMode mode) : TimeProvider
{
    private readonly Lock _gate = new();

    public ClockMode Mode => mode;

    public FakeTimeProvider Inner => inner;

    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow();

    public override long GetTimestamp() => inner.GetTimestamp();

    public override long TimestampFrequency => inner.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        inner.CreateTimer(callback, state, dueTime, period);

    /// <summary>Moves virtual time forward, firing every timer that falls due on the way.</summary>
    public void Advance(TimeSpan by)
    {
        if (by < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(by), "The clock only moves forward.");
        }

        lock (_gate)
        {
            inner.Advance(by);
        }
    }

    /// <summary>Jumps to an instant in the future (virtual time never goes back).</summary>
    public void Set(DateTimeOffset to)
    {
        lock (_gate)
        {
            var now = inner.GetUtcNow();
            if (to < now)
            {
                throw new ArgumentOutOfRangeException(nameof(to), "The clock only moves forward.");
            }

            inner.Advance(to - now);
        }
    }
}
