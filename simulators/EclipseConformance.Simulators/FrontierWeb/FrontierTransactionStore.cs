namespace EclipseConformance.Simulators.FrontierWeb;

/// <summary>Processed transactions by requestId and transactionNumber; bounded, oldest evicted first. Thread-safe.</summary>
public sealed class FrontierTransactionStore(int capacity)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, FrontierTransaction> _byRequestId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FrontierTransaction> _byNumber = new(StringComparer.Ordinal);
    private readonly Queue<FrontierTransaction> _order = new();

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _byRequestId.Count;
            }
        }
    }

    public FrontierTransaction? ByRequestId(string requestId)
    {
        lock (_gate)
        {
            return _byRequestId.GetValueOrDefault(requestId);
        }
    }

    public FrontierTransaction? ByTransactionNumber(string transactionNumber)
    {
        lock (_gate)
        {
            return _byNumber.GetValueOrDefault(transactionNumber);
        }
    }

    /// <summary>The newest successful utility-token vend for <paramref name="meterNumber"/>.</summary>
    public FrontierTransaction? LastTokenFor(string meterNumber)
    {
        lock (_gate)
        {
            return _order.LastOrDefault(t => t.Succeeded && t.MeterNumber == meterNumber && t.ItemId == 1248);
        }
    }

    /// <summary>Stores <paramref name="transaction"/> unless its requestId is taken; returns the stored one.</summary>
    public FrontierTransaction AddOrGet(FrontierTransaction transaction)
    {
        lock (_gate)
        {
            if (_byRequestId.TryGetValue(transaction.RequestId, out var existing))
            {
                return existing;
            }

            _byRequestId[transaction.RequestId] = transaction;
            _byNumber[transaction.TransactionNumber] = transaction;
            _order.Enqueue(transaction);
            while (_order.Count > capacity)
            {
                var evicted = _order.Dequeue();
                _byRequestId.Remove(evicted.RequestId);
                _byNumber.Remove(evicted.TransactionNumber);
            }

            return transaction;
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _byRequestId.Clear();
            _byNumber.Clear();
            _order.Clear();
        }
    }
}
