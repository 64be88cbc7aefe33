namespace EclipseConformance.Engine.Storage;

public enum StoreProvider
{
    /// <summary>The embedded default: one SQLite file in WAL mode.</summary>
    Sqlite,

    /// <summary>Scale-out: several engine instances share one PostgreSQL (or wire-compatible) database.</summary>
    Postgres,
}
