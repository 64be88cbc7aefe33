namespace EclipseConformance.Simulators.Sms;

/// <summary>
/// Every SMS the gateway accepted, newest last, bounded (the oldest is dropped when full).
/// Phone numbers compare on their digits only, so "+27821234567" and "27821234567" are the same.
/// </summary>
public sealed class SmsInbox(int capacity)
{
    private readonly Lock _gate = new();
    private readonly LinkedList<SmsMessage> _messages = new();

    public int Capacity { get; } = capacity;

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _messages.Count;
            }
        }
    }

    /// <summary>Messages oldest first; with <paramref name="to"/>, only those sent to that phone.</summary>
    public IReadOnlyList<SmsMessage> Messages(string? to = null)
    {
        var digits = to is null ? null : Digits(to);
        lock (_gate)
        {
            return _messages.Where(m => digits is null || Digits(m.To) == digits).ToList();
        }
    }

    /// <summary>The newest message to <paramref name="to"/>, or null.</summary>
    public SmsMessage? Latest(string to) => Messages(to) is { Count: > 0 } list ? list[^1] : null;

    public SmsMessage? Find(string messageId)
    {
        lock (_gate)
        {
            return _messages.FirstOrDefault(m => m.MessageId == messageId);
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _messages.Clear();
        }
    }

    internal SmsMessage? FindByReference(string reference)
    {
        lock (_gate)
        {
            return _messages.FirstOrDefault(m => m.Reference == reference);
        }
    }

    internal void Add(SmsMessage message)
    {
        lock (_gate)
        {
            _messages.AddLast(message);
            while (_messages.Count > Capacity)
            {
                _messages.RemoveFirst();
            }
        }
    }

    internal static string Digits(string phone) => new(phone.Where(char.IsAsciiDigit).ToArray());
}
