namespace EclipseConformance.Load.Execution;

/// <summary>
/// A fixed set of worker slots for the open model. A released slot is handed straight to the oldest waiter.
/// Waits complete on the releasing (or timer) thread, not through the thread pool, so a fake clock drives the
/// whole dispatcher deterministically and a freed slot is reused without a scheduling hop.
/// </summary>
public sealed class SlotPool
{
    private readonly Lock _gate = new();
    private readonly Stack<int> _free;
    private readonly Queue<TaskCompletionSource<int>> _waiters = new();

    public SlotPool(int size)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size);
        Size = size;
        _free = new Stack<int>(Enumerable.Range(0, size).Reverse());
    }

    public int Size { get; }

    public int FreeCount
    {
        get
        {
            lock (_gate)
            {
                return _free.Count;
            }
        }
    }

    public bool TryAcquire(out int slot)
    {
        lock (_gate)
        {
            return _free.TryPop(out slot);
        }
    }

    /// <summary>Waits for a slot; returns -1 when <paramref name="timeout"/> passes or the token is cancelled first.</summary>
    public async ValueTask<int> AcquireAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(time);
        TaskCompletionSource<int> waiter;
        lock (_gate)
        {
            if (_free.TryPop(out var slot))
            {
                return slot;
            }

            if (timeout <= TimeSpan.Zero || cancellationToken.IsCancellationRequested)
            {
                return -1;
            }

            waiter = new TaskCompletionSource<int>();
            _waiters.Enqueue(waiter);
        }

        using var timer = time.CreateTimer(static s => ((TaskCompletionSource<int>)s!).TrySetResult(-1), waiter, timeout, Timeout.InfiniteTimeSpan);
        await using var registration = cancellationToken.Register(static s => ((TaskCompletionSource<int>)s!).TrySetResult(-1), waiter);
        return await waiter.Task;
    }

    public void Release(int slot)
    {
        if (slot < 0 || slot >= Size)
        {
            throw new ArgumentOutOfRangeException(nameof(slot));
        }

        while (true)
        {
            TaskCompletionSource<int>? waiter = null;
            lock (_gate)
            {
                while (_waiters.TryDequeue(out var candidate))
                {
                    if (!candidate.Task.IsCompleted)
                    {
                        waiter = candidate;
                        break;
                    }
                }

                if (waiter is null)
                {
                    _free.Push(slot);
                    return;
                }
            }

            // Completed outside the lock: the waiter's continuation may run right here.
            if (waiter.TrySetResult(slot))
            {
                return;
            }
        }
    }
}
