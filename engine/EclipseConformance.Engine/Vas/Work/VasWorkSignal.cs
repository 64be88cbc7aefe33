using System.Threading.Channels;

namespace EclipseConformance.Engine.Vas;

/// <summary>Wakes the VAS work processor after a commit that queued work (nudges collapse into one; never blocks).</summary>
public sealed class VasWorkSignal
{
    private readonly Channel<bool> _channel = Channel.CreateBounded<bool>(new BoundedChannelOptions(1)
    {
        FullMode = BoundedChannelFullMode.DropWrite,
        SingleReader = true,
        SingleWriter = false,
    });

    public void Nudge() => _channel.Writer.TryWrite(true);

    public bool IsPending => _channel.Reader.Count > 0;

    internal Task WaitAsync(CancellationToken cancellationToken) => _channel.Reader.WaitToReadAsync(cancellationToken).AsTask();

    internal void Drain()
    {
        while (_channel.Reader.TryRead(out _))
        {
        }
    }
}
