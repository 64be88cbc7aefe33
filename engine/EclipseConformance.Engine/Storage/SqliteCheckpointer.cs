using Dapper;
using Microsoft.Extensions.Options;

namespace EclipseConformance.Engine.Storage;

/// <summary>
/// Checkpoints SQLite's WAL in the background (PASSIVE: never blocks the writer), so copying pages into the database
/// file happens here instead of inside a group-commit batch. Infrastructure timing on the real clock: it has nothing
/// to do with business time.
/// </summary>
public sealed partial class SqliteCheckpointer(Database database, IOptions<StoreOptions> options, ILogger<SqliteCheckpointer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (database.Provider != StoreProvider.Sqlite)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.SqliteCheckpointInterval, TimeProvider.System);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await using var connection = await database.OpenAsync(stoppingToken);
                    await connection.ExecuteAsync("PRAGMA wal_checkpoint(PASSIVE);");
                }
                catch (Microsoft.Data.Sqlite.SqliteException ex)
                {
                    LogCheckpointFailed(logger, ex);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Background WAL checkpoint failed")]
    private static partial void LogCheckpointFailed(ILogger logger, Exception exception);
}
