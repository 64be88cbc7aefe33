using System.Reflection;
using Dapper;

namespace EclipseConformance.Engine.Storage;

/// <summary>
/// Applies the schema scripts each feature folder owns (<c>Feature/Schema/NNNN_name.{sqlite|postgres}.sql</c>,
/// embedded in the assembly) in name order, each once, recorded in <c>schema_migrations</c>. On PostgreSQL an
/// advisory lock lets several engine instances start against one database at the same time.
/// </summary>
public sealed partial class Migrator(Database database, TimeProvider time, ILogger<Migrator> logger)
{
    private const long PostgresLockKey = 0x45434C4950534531; // "ECLIPSE1"

    public static IReadOnlyList<(string Id, string Sql)> Scripts(StoreProvider provider)
    {
        var suffix = provider == StoreProvider.Postgres ? ".postgres.sql" : ".sqlite.sql";
        var assembly = typeof(Migrator).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("schema/", StringComparison.Ordinal) && n.EndsWith(suffix, StringComparison.Ordinal))
            .Select(n => (Id: n["schema/".Length..^suffix.Length], Sql: Read(assembly, n)))
            .OrderBy(s => s.Id, StringComparer.Ordinal)
            .ToList();
    }

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        if (database.Provider == StoreProvider.Sqlite)
        {
            await connection.ExecuteAsync("PRAGMA journal_mode=WAL;");
        }
        else
        {
            await connection.ExecuteAsync("SELECT pg_advisory_lock(@key)", new { key = PostgresLockKey });
        }

        try
        {
            await connection.ExecuteAsync(
                "CREATE TABLE IF NOT EXISTS schema_migrations (id TEXT PRIMARY KEY, applied_ms BIGINT NOT NULL)");
            var applied = (await connection.QueryAsync<string>("SELECT id FROM schema_migrations")).ToHashSet(StringComparer.Ordinal);
            foreach (var (id, sql) in Scripts(database.Provider))
            {
                if (applied.Contains(id))
                {
                    continue;
                }

                await using var tx = await Database.BeginWriteAsync(connection, cancellationToken);
                await connection.ExecuteAsync(sql, transaction: tx);
                await connection.ExecuteAsync(
                    "INSERT INTO schema_migrations (id, applied_ms) VALUES (@id, @ms)",
                    new { id, ms = time.GetUtcNow().ToUnixTimeMilliseconds() },
                    tx);
                await tx.CommitAsync(cancellationToken);
                LogApplied(logger, id);
            }
        }
        finally
        {
            if (database.Provider == StoreProvider.Postgres)
            {
                await connection.ExecuteAsync("SELECT pg_advisory_unlock(@key)", new { key = PostgresLockKey });
            }
        }
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied schema migration {Id}")]
    private static partial void LogApplied(ILogger logger, string id);
}
