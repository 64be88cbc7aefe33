using System.Data.Common;
using Dapper;
using EclipseConformance.Engine.Storage;

namespace EclipseConformance.Engine.Withdrawals;

/// <summary>
/// The durable after-commit tasks of withdrawals (ADR 0023): inserted in the withdrawal's own transaction, claimed
/// with a lease (one instance runs a task at a time; a crashed instance's claim runs out), retried on the engine's
/// clock, and closed as DONE, FAILED or CANCELLED.
/// </summary>
public sealed class WithdrawalTaskStore(Database database, TimeProvider time)
{
    private const string Columns =
        "task_id AS TaskId, withdrawal_id AS WithdrawalId, kind AS Kind, status AS Status, attempts AS Attempts, " +
        "next_attempt_ms AS NextAttemptMs, claimed_until_ms AS ClaimedUntilMs, last_error AS LastError";

    /// <summary>
    /// Adds a task due now, already claimed by the caller until <paramref name="claimedUntilMs"/> (it runs it right after
    /// its commit; if it dies, the claim runs out and the worker takes over). Null when the withdrawal already has one.
    /// </summary>
    public static Task<long?> InsertClaimedAsync(DbConnection connection, DbTransaction transaction, long withdrawalId, string kind, long nowMs, long claimedUntilMs) =>
        connection.ExecuteScalarAsync<long?>(
            """
            INSERT INTO withdrawal_tasks (withdrawal_id, kind, status, attempts, next_attempt_ms, claimed_until_ms, created_ms, updated_ms)
            VALUES (@withdrawalId, @kind, 'PENDING', 0, @nowMs, @claimedUntilMs, @nowMs, @nowMs)
            ON CONFLICT (withdrawal_id, kind) DO NOTHING
            RETURNING task_id
            """,
            new { withdrawalId, kind, nowMs, claimedUntilMs },
            transaction);

    /// <summary>Closes the withdrawal's open tasks (it reached a final status; nothing is left to deliver).</summary>
    public static Task CancelOpenAsync(DbConnection connection, DbTransaction transaction, long withdrawalId, long nowMs) =>
        connection.ExecuteAsync(
            "UPDATE withdrawal_tasks SET status = 'CANCELLED', claimed_until_ms = NULL, updated_ms = @nowMs WHERE withdrawal_id = @withdrawalId AND status = 'PENDING'",
            new { withdrawalId, nowMs },
            transaction);

    public static Task CloseAsync(DbConnection connection, DbTransaction transaction, long taskId, string status, string? error, string? result, long nowMs) =>
        connection.ExecuteAsync(
            """
            UPDATE withdrawal_tasks SET status = @status, attempts = attempts + 1, last_error = @error, result = @result, claimed_until_ms = NULL, updated_ms = @nowMs
            WHERE task_id = @taskId
            """,
            new { taskId, status, error, result, nowMs },
            transaction);

    /// <summary>Ids of due tasks nobody holds, oldest due first.</summary>
    public async Task<IReadOnlyList<long>> DueAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<long>(
            """
            SELECT task_id FROM withdrawal_tasks
            WHERE status = 'PENDING' AND next_attempt_ms <= @nowMs AND (claimed_until_ms IS NULL OR claimed_until_ms < @nowMs)
            ORDER BY next_attempt_ms, task_id LIMIT @limit
            """,
            new { nowMs = time.GetUtcNow().ToUnixTimeMilliseconds(), limit });
        return rows.ToList();
    }

    public async Task<WithdrawalTask?> FindAsync(long taskId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<WithdrawalTask>($"SELECT {Columns} FROM withdrawal_tasks WHERE task_id = @taskId", new { taskId });
    }

    public async Task<long?> NextDueAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long?>("SELECT MIN(next_attempt_ms) FROM withdrawal_tasks WHERE status = 'PENDING'");
    }

    /// <summary>Takes a due task for <paramref name="lease"/>; null when another instance (or the request path) has it.</summary>
    public async Task<WithdrawalTask?> ClaimAsync(long taskId, TimeSpan lease, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var tx = await Database.BeginWriteAsync(connection, cancellationToken);
        var claimed = await connection.ExecuteAsync(
            """
            UPDATE withdrawal_tasks SET claimed_until_ms = @until, updated_ms = @now
            WHERE task_id = @taskId AND status = 'PENDING' AND next_attempt_ms <= @now AND (claimed_until_ms IS NULL OR claimed_until_ms < @now)
            """,
            new { taskId, now, until = now + (long)lease.TotalMilliseconds },
            tx);
        var task = claimed == 1
            ? await connection.QuerySingleAsync<WithdrawalTask>($"SELECT {Columns} FROM withdrawal_tasks WHERE task_id = @taskId", new { taskId }, tx)
            : null;
        await tx.CommitAsync(cancellationToken);
        return task;
    }

    /// <summary>Records a failed attempt and when to try again; releases the claim.</summary>
    public async Task RescheduleAsync(long taskId, long nextAttemptMs, string error, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            """
            UPDATE withdrawal_tasks SET attempts = attempts + 1, next_attempt_ms = @nextAttemptMs, last_error = @error, claimed_until_ms = NULL, updated_ms = @now
            WHERE task_id = @taskId AND status = 'PENDING'
            """,
            new { taskId, nextAttemptMs, error, now = time.GetUtcNow().ToUnixTimeMilliseconds() });
    }

    /// <summary>
    /// At start: the ATM network simulator lives in this process and has forgotten every token, so each pending token
    /// withdrawal whose registration was done is registered again (the SMS is not sent again). Claims left by a dead
    /// process are not dropped here (requests may already be running): they run out after the lease.
    /// </summary>
    public async Task<int> ReopenRegistrationsAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var tx = await Database.BeginWriteAsync(connection, cancellationToken);
        var reopened = await connection.ExecuteAsync(
            """
            UPDATE withdrawal_tasks SET status = 'PENDING', attempts = 0, next_attempt_ms = @now, claimed_until_ms = NULL, updated_ms = @now
            WHERE kind = 'REGISTER' AND status = 'DONE'
              AND withdrawal_id IN (SELECT withdrawal_id FROM withdrawals WHERE status = 'PENDING')
            """,
            new { now },
            tx);
        await tx.CommitAsync(cancellationToken);
        return reopened;
    }
}
