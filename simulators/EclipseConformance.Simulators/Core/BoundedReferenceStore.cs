using System.Collections.Concurrent;

namespace EclipseConformance.Simulators;

/// <summary>
/// What a JSON provider simulator remembers per caller reference (a purchase, a recharge): the first answer is kept, so
/// a repeated request replays it and a status query reports the truth, also when the caller never got the answer.
/// Bounded by <see cref="SimulatorOptions.StateCapacity"/>; the oldest entry is dropped when full.
/// </summary>
public sealed class BoundedReferenceStore<T>(int capacity)
    where T : class
{
    private readonly ConcurrentDictionary<string, T> _byReference = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();

    public int Count => _byReference.Count;

    public T? Find(string reference) => _byReference.GetValueOrDefault(reference);

    /// <summary>Keeps <paramref name="create"/>'s value for a new reference, or returns the one already kept.</summary>
    public T GetOrAdd(string reference, Func<T> create)
    {
        if (_byReference.TryGetValue(reference, out var existing))
        {
            return existing;
        }

        var value = create();
        if (!_byReference.TryAdd(reference, value))
        {
            return _byReference[reference];
        }

        _order.Enqueue(reference);
        while (_byReference.Count > capacity && _order.TryDequeue(out var oldest))
        {
            _byReference.TryRemove(oldest, out _);
        }

        return value;
    }

    public IReadOnlyList<T> All => _byReference.Values.ToList();

    public void Clear()
    {
        _byReference.Clear();
        _order.Clear();
    }
}
