namespace EclipseConformance.Load.Eclipse.Profiles;

/// <summary>
/// A fixed-size ring of recently acknowledged transfers that other scenario copies pick from to send again
/// (lock-free: slots hold immutable references).
/// </summary>
public sealed class RecentTransfers(int capacity)
{
    private readonly SentTransfer?[] _slots = new SentTransfer?[capacity];
    private long _next = -1;

    public long Added => Interlocked.Read(ref _next) + 1;

    public void Add(SentTransfer transfer) => Volatile.Write(ref _slots[Interlocked.Increment(ref _next) % _slots.Length], transfer);

    /// <summary>One of the recent ones, or null while the ring is empty.</summary>
    public SentTransfer? Pick(ulong random)
    {
        var count = Math.Min(Added, _slots.Length);
        return count == 0 ? null : Volatile.Read(ref _slots[(long)(random % (ulong)count)]);
    }
}
