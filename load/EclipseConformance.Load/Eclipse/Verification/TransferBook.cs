namespace EclipseConformance.Load.Eclipse.Verification;

/// <summary>Every transfer a run sent, by scenario: what the post-run checks compare with the engine's ledger.</summary>
public sealed class TransferBook
{
    private readonly List<TransferLog> _logs = [];

    public IReadOnlyList<TransferLog> Logs => _logs;

    public TransferLog NewLog(string name, int copies)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(copies);
        var log = new TransferLog(name, copies);
        lock (_logs)
        {
            _logs.Add(log);
        }

        return log;
    }

    public TransferRecord[] AllRecords() => [.. _logs.SelectMany(l => l.Records)];

    public TransferLog? Find(string name) => _logs.FirstOrDefault(l => l.Name == name);
}
