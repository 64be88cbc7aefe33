namespace EclipseConformance.Simulators;

/// <summary>
/// A bounded journal of the last N requests a simulator received (a ring: the oldest entry is
/// dropped when full), so memory stays flat under load. Thread-safe.
/// </summary>
public sealed class RequestJournal
{
    private readonly Lock _gate = new();
    private readonly Record?[] _ring;
    private readonly TimeProvider _clock;
    private readonly int _bodyLimit;
    private long _sequence;

    public RequestJournal(int capacity, int bodyLimit, TimeProvider clock)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        ArgumentOutOfRangeException.ThrowIfNegative(bodyLimit);
        _ring = new Record?[capacity];
        _bodyLimit = bodyLimit;
        _clock = clock;
    }

    public int Capacity => _ring.Length;

    /// <summary>Requests recorded since start or the last <see cref="Clear"/>, including dropped ones.</summary>
    public long TotalRecorded
    {
        get
        {
            lock (_gate)
            {
                return _sequence;
            }
        }
    }

    /// <summary>The kept entries, oldest first; with <paramref name="last"/>, only the newest that many.</summary>
    public IReadOnlyList<JournalEntry> Entries(int? last = null)
    {
        lock (_gate)
        {
            var kept = (int)Math.Min(_sequence, _ring.Length);
            var take = last is { } n ? Math.Clamp(n, 0, kept) : kept;
            var result = new List<JournalEntry>(take);
            for (var seq = _sequence - take + 1; seq <= _sequence; seq++)
            {
                result.Add(_ring[(seq - 1) % _ring.Length]!.ToEntry());
            }

            return result;
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            Array.Clear(_ring);
            _sequence = 0;
        }
    }

    internal Record Begin(SimRequest request)
    {
        var (body, truncated) = Cut(request.Body);
        lock (_gate)
        {
            var record = new Record(this, ++_sequence, request, body, truncated);
            _ring[(record.Sequence - 1) % _ring.Length] = record;
            return record;
        }
    }

    private (string Text, bool Truncated) Cut(string text) =>
        text.Length <= _bodyLimit ? (text, false) : (text[.._bodyLimit], true);

    internal sealed class Record(RequestJournal journal, long sequence, SimRequest request, string body, bool truncated)
    {
        private int? _status;
        private string? _responseBody;
        private string? _faultId;
        private FaultKind? _faultKind;
        private bool _completed;
        private DateTimeOffset? _completedAt;

        public long Sequence { get; } = sequence;

        public void Fault(ActiveFault fault)
        {
            lock (journal._gate)
            {
                _faultId = fault.Id;
                _faultKind = fault.Spec.Outcome.Kind;
            }
        }

        public void Complete(int? status, string? responseBody)
        {
            var cut = responseBody is null ? null : journal.Cut(responseBody).Text;
            var now = journal._clock.GetUtcNow();
            lock (journal._gate)
            {
                _status = status;
                _responseBody = cut;
                _completed = true;
                _completedAt = now;
            }
        }

        public JournalEntry ToEntry() => new(
            Sequence,
            request.ReceivedAt,
            request.Method,
            request.Path,
            request.Query,
            request.Operation,
            body,
            truncated,
            _status,
            _responseBody,
            _faultId,
            _faultKind,
            _completed,
            _completedAt);
    }
}
