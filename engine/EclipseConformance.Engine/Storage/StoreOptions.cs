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

    /// <summary>SQLite page cache per connection, MiB (the group-commit writer keeps its connection, so its cache stays warm).</summary>
    [Range(2, 4096)]
    public int SqliteCacheMiB { get; set; } = 64;

    /// <summary>SQLite memory-mapped I/O, MiB: pages are read through the mapping instead of read syscalls (0 = off).</summary>
    [Range(0, 65536)]
    public int SqliteMmapMiB { get; set; } = 256;

    /// <summary>How often the WAL is checkpointed in the background, off the writer's commit path.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan SqliteCheckpointInterval { get; set; } = TimeSpan.FromSeconds(1);

    public StoreProvider Provider =>
        string.IsNullOrWhiteSpace(Store) || Store.Equals("sqlite", StringComparison.OrdinalIgnoreCase)
            ? StoreProvider.Sqlite
            : StoreProvider.Postgres;
}
