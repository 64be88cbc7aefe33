using System.ComponentModel.DataAnnotations;

namespace EclipseConformance.Engine.Storage;

/// <summary>Where state lives. Bound from <c>--data-dir</c> / <c>--store</c> (or ECLIPSE_SIM_DATA_DIR / ECLIPSE_SIM_STORE).</summary>
public sealed class StoreOptions
{
    public const string Section = "Store";

    /// <summary>Folder for the SQLite file, the JWT signing key and other local state.</summary>
    [Required]
    public string DataDir { get; set; } = ".eclipse-sim";

    /// <summary><c>sqlite</c> (default) or a PostgreSQL connection string (<c>Host=...;Database=...</c> or <c>postgres://</c> URL).</summary>
    [Required]
    public string Store { get; set; } = "sqlite";

    /// <summary>SQLite durability: FULL fsyncs every commit (group commit amortises it); NORMAL survives process crashes only.</summary>
    [RegularExpression("^(FULL|NORMAL)$")]
    public string SqliteSynchronous { get; set; } = "FULL";

    [Range(1, 512)]
    public int PostgresMaxPoolSize { get; set; } = 64;

    /// <summary>
    /// SQLite page cache of each pooled (reader) connection, MiB. Requests read a few pages each; every pooled
    /// connection keeps its own cache, so this is multiplied by the pool's size in the engine's memory.
    /// </summary>
    [Range(1, 4096)]
    public int SqliteCacheMiB { get; set; } = 8;

    /// <summary>SQLite page cache of the ledger's group-commit writer, which keeps its connection (its cache stays warm), MiB.</summary>
    [Range(1, 4096)]
    public int SqliteWriterCacheMiB { get; set; } = 64;

    /// <summary>
    /// SQLite memory-mapped I/O, MiB (0 = off, the default). Measured here it did not change transfer throughput, and each
    /// connection maps the file separately, so the mapped pages count in the process's RSS once per connection.
    /// </summary>
    [Range(0, 65536)]
    public int SqliteMmapMiB { get; set; }

    /// <summary>How often the WAL is checkpointed in the background, off the writer's commit path.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan SqliteCheckpointInterval { get; set; } = TimeSpan.FromSeconds(1);

    public StoreProvider Provider =>
        string.IsNullOrWhiteSpace(Store) || Store.Equals("sqlite", StringComparison.OrdinalIgnoreCase)
            ? StoreProvider.Sqlite
            : StoreProvider.Postgres;
}
