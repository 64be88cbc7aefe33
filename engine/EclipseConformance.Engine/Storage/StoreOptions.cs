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

    public StoreProvider Provider =>
        string.IsNullOrWhiteSpace(Store) || Store.Equals("sqlite", StringComparison.OrdinalIgnoreCase)
            ? StoreProvider.Sqlite
            : StoreProvider.Postgres;
}
