using System.ComponentModel.DataAnnotations;

namespace EclipseConformance.Engine.Ledger;

/// <summary>Group-commit settings of the transfer path (ADR 0008). Every queue and batch is bounded.</summary>
public sealed class LedgerOptions
{
    public const string Section = "Ledger";

    /// <summary>At most this many transfers are decided and committed in one database transaction.</summary>
    [Range(1, 4096)]
    public int MaxBatchSize { get; set; } = 256;

    /// <summary>Transfers waiting for a writer; when full, callers wait (back-pressure) up to <see cref="EnqueueTimeout"/>.</summary>
    [Range(1, 1_000_000)]
    public int QueueCapacity { get; set; } = 20_000;

    /// <summary>How long a transfer may wait for queue space before it is refused with 503 (nothing applied).</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan EnqueueTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Concurrent writer loops. SQLite has one writer at a time, so 1 is right there; PostgreSQL benefits from a few
    /// (rows are locked in wallet-id order, so concurrent batches cannot deadlock; more writers wait on each other's locks). 0 = choose by store (SQLite 1, PostgreSQL 2).
    /// </summary>
    [Range(0, 32)]
    public int Writers { get; set; }

    /// <summary>Largest page of the transactions query.</summary>
    [Range(1, 10_000)]
    public int MaxTransactionsPageSize { get; set; } = 1_000;
}
