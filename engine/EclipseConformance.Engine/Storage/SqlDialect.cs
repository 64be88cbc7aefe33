namespace EclipseConformance.Engine.Storage;

/// <summary>The handful of places where SQLite and PostgreSQL SQL differ. Everything else is shared SQL.</summary>
public sealed class SqlDialect(StoreProvider provider, bool readOnly = false)
{
    /// <summary>A dialect for reads that must not take row locks (checks, reports).</summary>
    public static SqlDialect ReadOnly(StoreProvider provider) => new(provider, readOnly: true);

    /// <summary>When true, <see cref="ForUpdate"/> and the ledger's row locks are omitted.</summary>
    public bool IsReadOnly => readOnly;

    public StoreProvider Provider => provider;

    /// <summary>Row locks for read-modify-write inside a transaction (SQLite's write lock already serialises writers).</summary>
    public string ForUpdate => provider == StoreProvider.Postgres && !readOnly ? " FOR UPDATE" : "";

    /// <summary>Claim rows other instances have not locked (outbox dispatch across instances).</summary>
    public string ForUpdateSkipLocked => provider == StoreProvider.Postgres ? " FOR UPDATE SKIP LOCKED" : "";

    /// <summary>Case-insensitive LIKE.</summary>
    public string ILike => provider == StoreProvider.Postgres ? "ILIKE" : "LIKE";

    /// <summary>A parameter list for <c>IN</c>: Dapper expands <c>@ids</c> for both providers.</summary>
    public static string In(string parameter) => $"@{parameter}";
}
