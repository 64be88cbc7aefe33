using System.Threading.Channels;

namespace EclipseConformance.Engine.Primitives;

/// <summary>
/// Wakes one background worker (its only reader) that parks between rounds of due work: producers nudge after a commit
/// that queued work. Repeated nudges collapse into one (a channel of capacity 1 that drops extra writes), so nudging is
/// free and never blocks. Each worker has its own subclass, so each is its own service.
/// </summary>
public abstract class WakeSignal
{
    private readonly Channel<bool> _channel = Channel.CreateBounded<bool>(new BoundedChannelOptions(1)
    {
        FullMode = BoundedChannelFullMode.DropWrite,
        SingleReader = true,
        SingleWriter = false,
    });

    private volatile bool _parked;

    public void Nudge() => _channel.Writer.TryWrite(true);

    /// <summary>True while a nudge has not been taken by the worker.</summary>
    public bool IsPending => _channel.Reader.Count > 0;

    /// <summary>True while the worker is parked in <see cref="ParkAsync"/>.</summary>
    public bool IsParked => _parked;

    /// <summary>
    /// Parks the worker until a nudge, until <paramref name="wait"/> has passed on <paramref name="time"/> (null: no
    /// deadline; zero: does not park) or until the host stops; then takes every nudge that came meanwhile.
    /// </summary>
    public async Task ParkAsync(TimeSpan? wait, TimeProvider time, CancellationToken stoppingToken)
    {
        if (wait == TimeSpan.Zero)
        {
            return;
        }

        using var wake = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var timer = Task.Delay(wait ?? Timeout.InfiniteTimeSpan, time, wake.Token);
        var nudged = _channel.Reader.WaitToReadAsync(wake.Token).AsTask();
        _parked = true;
        await Task.WhenAny(timer, nudged);
        _parked = false;
        while (_channel.Reader.TryRead(out _))
        {
        }

        await wake.CancelAsync();
    }
}
