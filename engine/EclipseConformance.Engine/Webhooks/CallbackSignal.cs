using System.Threading.Channels;

namespace EclipseConformance.Engine.Webhooks;

/// <summary>
/// Wakes the dispatcher: after a producer commits, after an attempt completes, after a redelivery. Repeated nudges
/// collapse into one (a channel of capacity 1 that drops extra writes), so nudging is free and never blocks.
/// </summary>
public sealed class CallbackSignal
{
    private readonly Channel<bool> _channel = Channel.CreateBounded<bool>(new BoundedChannelOptions(1)
    {
        FullMode = BoundedChannelFullMode.DropWrite,
        SingleReader = true,
        SingleWriter = false,
    });

    public void Nudge() => _channel.Writer.TryWrite(true);

    /// <summary>True while a nudge has not been taken by the dispatcher.</summary>
    public bool IsPending => _channel.Reader.Count > 0;

    internal Task WaitAsync(CancellationToken cancellationToken) => _channel.Reader.WaitToReadAsync(cancellationToken).AsTask();

    internal void Drain()
    {
        while (_channel.Reader.TryRead(out _))
        {
        }
    }
}
