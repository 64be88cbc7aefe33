using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace EclipseConformance.Engine.Storage;

public static class StoreErrors
{
    /// <summary>A unique constraint fired (e.g. two instances inserted the same idempotency key at once).</summary>
    public static bool IsUniqueViolation(DbException ex) => ex switch
    {
        PostgresException pg => pg.SqlState == PostgresErrorCodes.UniqueViolation,
        SqliteException sqlite => sqlite.SqliteErrorCode == 19 && sqlite.SqliteExtendedErrorCode is 2067 or 1555,
        _ => false,
    };

    /// <summary>PostgreSQL serialisation failure or deadlock: retry the transaction.</summary>
    public static bool IsTransient(DbException ex) =>
        ex is PostgresException { SqlState: PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected }
        || ex is SqliteException { SqliteErrorCode: 5 or 6 };
}
