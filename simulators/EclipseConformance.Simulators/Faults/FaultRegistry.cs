namespace EclipseConformance.Simulators;

/// <summary>
/// The runtime-switchable faults of one simulator. Thread-safe; expired or used-up faults are
/// dropped lazily (on the next match or listing), using the injected clock for <c>Until</c>.
/// </summary>
public sealed class FaultRegistry(TimeProvider clock, int capacity)
{
    private readonly Lock _gate = new();
    private readonly List<Entry> _entries = [];
    private long _nextId;

    public int Capacity { get; } = capacity;

    /// <summary>Registers (or replaces, for an existing id) a fault. Throws <see cref="ArgumentException"/> for an invalid spec.</summary>
    public ActiveFault Add(FaultSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var problems = spec.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid fault: " + string.Join(" ", problems), nameof(spec));
        }

        lock (_gate)
        {
            PurgeExpired();
            var id = spec.Id ?? $"fault-{++_nextId}";
            var existing = _entries.FindIndex(e => e.Id == id);
            var entry = new Entry(id, spec with { Id = id, Match = spec.Match ?? FaultMatch.Any }, clock.GetUtcNow());
            if (existing >= 0)
            {
                _entries[existing] = entry;
            }
            else
            {
                if (_entries.Count >= Capacity)
                {
                    throw new InvalidOperationException($"At most {Capacity} faults may be registered at once.");
                }

                _entries.Add(entry);
            }

            return entry.Snapshot();
        }
    }

    public bool Remove(string id)
    {
        lock (_gate)
        {
            return _entries.RemoveAll(e => e.Id == id) > 0;
        }
    }

    /// <summary>Removes every fault; returns how many there were.</summary>
    public int Clear()
    {
        lock (_gate)
        {
            var count = _entries.Count;
            _entries.Clear();
            return count;
        }
    }

    /// <summary>The live faults in evaluation order.</summary>
    public IReadOnlyList<ActiveFault> List()
    {
        lock (_gate)
        {
            PurgeExpired();
            return _entries.Select(e => e.Snapshot()).ToList();
        }
    }

    /// <summary>Finds the first live fault matching <paramref name="request"/> and uses up one of its count.</summary>
    internal ActiveFault? TryConsume(SimRequest request)
    {
        lock (_gate)
        {
            if (_entries.Count == 0)
            {
                return null;
            }

            PurgeExpired();
            foreach (var entry in _entries)
            {
                if (!entry.Spec.Match.Matches(request))
                {
                    continue;
                }

                entry.TimesApplied++;
                if (entry.Remaining is not null)
                {
                    entry.Remaining--;
                    if (entry.Remaining == 0)
                    {
                        _entries.Remove(entry);
                    }
                }

                return entry.Snapshot();
            }

            return null;
        }
    }

    private void PurgeExpired()
    {
        var now = clock.GetUtcNow();
        _entries.RemoveAll(e => e.Spec.Until is { } until && now >= until);
    }

    private sealed class Entry(string id, FaultSpec spec, DateTimeOffset addedAt)
    {
        public string Id { get; } = id;

        public FaultSpec Spec { get; } = spec;

        public int? Remaining { get; set; } = spec.Count;

        public int TimesApplied { get; set; }

        public ActiveFault Snapshot() => new(Id, Spec, Remaining, TimesApplied, addedAt);
    }
}
