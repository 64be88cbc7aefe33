using System.Collections.Concurrent;

namespace EclipseConformance.Load.Execution;

/// <summary>Runs posted continuations on the one thread that pumps it (the open-model dispatcher thread).</summary>
internal sealed class SingleThreadSynchronizationContext : SynchronizationContext, IDisposable
{
    private readonly BlockingCollection<(SendOrPostCallback Callback, object? State)> _queue = [];

    public override void Post(SendOrPostCallback d, object? state)
    {
        if (!_queue.TryAdd((d, state)))
        {
            // The pump has finished: run late continuations on the thread pool instead of losing them.
            ThreadPool.QueueUserWorkItem(s => d(s), state);
        }
    }

    public override void Send(SendOrPostCallback d, object? state) =>
        throw new NotSupportedException("Synchronous sends to the dispatcher thread are not supported.");

    public void RunOnCurrentThread()
    {
        foreach (var (callback, state) in _queue.GetConsumingEnumerable())
        {
            callback(state);
        }
    }

    public void Complete() => _queue.CompleteAdding();

    public void Dispose() => _queue.Dispose();
}
