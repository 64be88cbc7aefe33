using Microsoft.Extensions.Options;

namespace EclipseConformance.Engine.Control.Journal;

/// <summary>
/// A fixed-size ring of the last N Eclipse API calls (N = <see cref="JournalOptions.Capacity"/>): recording overwrites
/// the oldest entry, so memory is bounded however long the engine runs (WireMock's unbounded log grew to GBs).
/// </summary>
public sealed class RequestJournal(IOptions<JournalOptions> options)
{
    private readonly JournalEntry?[] _ring = new JournalEntry?[options.Value.Capacity];
    private long _next;

    public bool Enabled => _ring.Length > 0;

    public int Capacity => _ring.Length;

    public long NextId() => Interlocked.Increment(ref _next);

    public void Record(JournalEntry entry)
    {
        if (_ring.Length > 0)
        {
            Volatile.Write(ref _ring[(int)((entry.Id - 1) % _ring.Length)], entry);
        }
    }

    /// <summary>Entries newest first, filtered, at most <paramref name="limit"/>.</summary>
    public IReadOnlyList<JournalEntry> Query(Func<JournalEntry, bool> filter, int limit)
    {
        var result = new List<JournalEntry>(Math.Min(limit, 256));
        var last = Interlocked.Read(ref _next);
        for (var id = last; id > 0 && id > last - _ring.Length && result.Count < limit; id--)
        {
            var entry = Volatile.Read(ref _ring[(int)((id - 1) % _ring.Length)]);
            if (entry is not null && entry.Id == id && filter(entry))
            {
                result.Add(entry);
            }
        }

        return result;
    }

    public void Clear()
    {
        Array.Clear(_ring);
    }
}
