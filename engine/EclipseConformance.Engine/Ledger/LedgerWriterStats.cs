namespace EclipseConformance.Engine.Ledger;

/// <summary><c>GET /sim/v1/ledger/stats</c>: group-commit counters since start.</summary>
public sealed record LedgerWriterStats(long Batches, long Postings, long LargestBatch, int QueueLength)
{
    public double AverageBatch => Batches == 0 ? 0 : (double)Postings / Batches;
}
