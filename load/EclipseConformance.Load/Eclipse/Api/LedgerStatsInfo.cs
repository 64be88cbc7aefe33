namespace EclipseConformance.Load.Eclipse.Api;

/// <summary><c>GET /sim/v1/ledger/stats</c>: group-commit counters since the engine started.</summary>
public sealed record LedgerStatsInfo(long Batches, long Postings, long LargestBatch, int QueueLength)
{
    public static readonly LedgerStatsInfo Zero = new(0, 0, 0, 0);

    /// <summary>Counters of the interval between <paramref name="before"/> and this reading.</summary>
    public LedgerStatsInfo Since(LedgerStatsInfo before)
    {
        ArgumentNullException.ThrowIfNull(before);
        return new(Batches - before.Batches, Postings - before.Postings, LargestBatch, QueueLength);
    }

    public double AverageBatch => Batches == 0 ? 0 : (double)Postings / Batches;
}
