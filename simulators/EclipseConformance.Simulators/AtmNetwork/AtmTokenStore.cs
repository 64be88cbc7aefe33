namespace EclipseConformance.Simulators.AtmNetwork;

/// <summary>
/// The tokens the network knows, by reference and by (gateway, token), bounded: when full, the oldest registration is
/// forgotten first. Thread-safe; a cash-out claims a token so two terminals cannot dispense it twice.
/// </summary>
public sealed class AtmTokenStore(int capacity)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, AtmToken> _byReference = new(StringComparer.Ordinal);
    private readonly LinkedList<string> _order = new();
    private readonly HashSet<string> _inFlight = new(StringComparer.Ordinal);

    public int Capacity { get; } = capacity;

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

    /// <summary>Every registration, oldest first.</summary>
    public IReadOnlyList<AtmToken> All()
    {
        lock (_gate)
        {
            return _order.Select(r => _byReference[r]).ToList();
        }
    }

    public AtmToken? Find(string reference)
    {
        lock (_gate)
        {
            return _byReference.GetValueOrDefault(reference);
        }
    }

    /// <summary>The registration holding this token at this gateway (active or redeemed), or null.</summary>
    public AtmToken? FindByToken(string gateway, string token)
    {
        lock (_gate)
        {
            return _byReference.Values.FirstOrDefault(t => t.Gateway == gateway && t.Token == token);
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _byReference.Clear();
            _order.Clear();
            _inFlight.Clear();
        }
    }

    /// <summary>Adds a registration; returns the existing one for its reference, or the active one holding its token.</summary>
    internal (AtmToken Stored, AtmToken? Existing) Add(AtmToken token)
    {
        lock (_gate)
        {
            if (_byReference.TryGetValue(token.Reference, out var existing))
            {
                return (existing, existing);
            }

            var holder = _byReference.Values.FirstOrDefault(t => t.Status == AtmTokenStatus.Active && t.Gateway == token.Gateway && t.Token == token.Token);
            if (holder is not null)
            {
                return (holder, holder);
            }

            _byReference[token.Reference] = token;
            _order.AddLast(token.Reference);
            while (_order.Count > Capacity)
            {
                _byReference.Remove(_order.First!.Value);
                _order.RemoveFirst();
            }

            return (token, null);
        }
    }

    /// <summary>Marks a token as being cashed out; false when another terminal is already doing so.</summary>
    internal bool TryBegin(string reference)
    {
        lock (_gate)
        {
            return _inFlight.Add(reference);
        }
    }

    internal void End(string reference, AtmToken? redeemed)
    {
        lock (_gate)
        {
            _inFlight.Remove(reference);
            if (redeemed is not null && _byReference.ContainsKey(reference))
            {
                _byReference[reference] = redeemed;
            }
        }
    }
}
