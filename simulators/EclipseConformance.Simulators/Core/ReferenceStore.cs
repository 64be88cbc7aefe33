namespace EclipseConformance.Simulators;

/// <summary>
/// Processed provider transactions by the caller's reference (a JSON provider's idempotency key): bounded by
/// <see cref="SimulatorOptions.StateCapacity"/>, oldest evicted first. Thread-safe.
/// </summary>
public sealed class ReferenceStore<T>(int capacity)
    where T : class
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, T> _byReference = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _byReference.Count;
            }
        }
    }

    public T? Find(string reference)
    {
        lock (_gate)
        {
            return _byReference.GetValueOrDefault(reference);
        }
    }

    /// <summary>Stores <paramref name="item"/> unless the reference is taken; returns the stored one.</summary>
    public T AddOrGet(string reference, T item)
    {
        lock (_gate)
        {
            if (_byReference.TryGetValue(reference, out var existing))
            {
                return existing;
            }

            _byReference[reference] = item;
            _order.Enqueue(reference);
            while (_order.Count > capacity)
            {
                _byReference.Remove(_order.Dequeue());
            }

            return item;
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _byReference.Clear();
            _order.Clear();
        }
    }
}
