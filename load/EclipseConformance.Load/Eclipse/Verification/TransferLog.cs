namespace EclipseConformance.Load.Eclipse.Verification;

/// <summary>
/// The transfers one scenario sent, one list per scenario copy: a copy has one request in flight at a time, so
/// recording needs no lock on the hot path.
/// </summary>
public sealed class TransferLog
{
    private readonly List<TransferRecord>[] _copies;

    internal TransferLog(string name, int copies)
    {
        Name = name;
        _copies = [.. Enumerable.Range(0, copies).Select(_ => new List<TransferRecord>())];
    }

    public string Name { get; }

    public void Record(int copy, in TransferRecord record) => _copies[copy].Add(record);

    /// <summary>Read after the run (the copies are quiet by then).</summary>
    public IEnumerable<TransferRecord> Records => _copies.SelectMany(c => c);

    public long Count => _copies.Sum(c => (long)c.Count);
}
