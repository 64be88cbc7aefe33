using System.Data.Common;
using Dapper;
using EclipseConformance.Engine.Storage;

namespace EclipseConformance.Engine.Webhooks;

/// <summary>
/// The outbox's writes: insert in the producer's transaction, claim due rows under a lease (on PostgreSQL with
/// <c>FOR UPDATE SKIP LOCKED</c>, so instances sharing the database never claim the same row), and record an attempt
/// together with the callback's next state. Completion only moves the state when the lease is still ours.
/// </summary>
public sealed class CallbackStore(Database database)
{
    private const string ClaimedColumns =
        "callback_id AS CallbackId, tenant_id AS TenantId, kind AS Kind, reference AS Reference, url AS Url, body AS Body, failures AS Failures, claim_token AS ClaimToken";

    public async Task<long> InsertAsync(DbConnection connection, DbTransaction transaction, CallbackMessage message, long nowMs, CancellationToken cancellationToken)
    {
        var command = new CommandDefinition(
            """
            INSERT INTO callbacks (tenant_id, kind, reference, url, body, status, failures, attempt_count, next_attempt_ms, created_ms, updated_ms)
            VALUES (@TenantId, @Kind, @Reference, @Url, @Body, 'PENDING', 0, 0, @dueMs, @nowMs, @nowMs) RETURNING callback_id
            """,
            new { message.TenantId, message.Kind, message.Reference, message.Url, message.Body, nowMs, dueMs = nowMs + message.DelayMs },
            transaction,
            cancellationToken: cancellationToken);
        return await connection.QuerySingleAsync<long>(command);
    }

    /// <summary>Claims up to <paramref name="max"/> due callbacks not leased by anyone (and not in <paramref name="exclude"/>).</summary>
    public async Task<IReadOnlyList<ClaimedCallback>> ClaimDueAsync(
        int max, long nowMs, long leaseUntilMs, string instance, string token, IReadOnlyCollection<long> exclude, CancellationToken cancellationToken)
    {
        var sql = $"""
            UPDATE callbacks SET claim_token = @token, claimed_by = @instance, claimed_until_ms = @leaseUntilMs
            WHERE callback_id IN (
                SELECT callback_id FROM callbacks
                WHERE status = 'PENDING' AND next_attempt_ms <= @nowMs
                  AND (claimed_until_ms IS NULL OR claimed_until_ms <= @nowMs)
                  AND {NotIn("callback_id", "exclude")}
                ORDER BY next_attempt_ms, callback_id
                LIMIT @max{database.Sql.ForUpdateSkipLocked})
            RETURNING {ClaimedColumns}
            """;
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ClaimedCallback>(new CommandDefinition(
            sql, new { token, instance, leaseUntilMs, nowMs, max, exclude = exclude.ToArray() }, cancellationToken: cancellationToken));
        return rows.OrderBy(r => r.CallbackId).ToList();
    }

    /// <summary>Claims one callback whatever its status, unless another attempt holds its lease; null when it cannot.</summary>
    public async Task<ClaimedCallback?> ClaimOneAsync(long callbackId, long nowMs, long leaseUntilMs, string instance, string token, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<ClaimedCallback>(new CommandDefinition(
            $"""
            UPDATE callbacks SET claim_token = @token, claimed_by = @instance, claimed_until_ms = @leaseUntilMs
            WHERE callback_id = @callbackId AND (claimed_until_ms IS NULL OR claimed_until_ms <= @nowMs)
            RETURNING {ClaimedColumns}
            """,
            new { token, instance, leaseUntilMs, nowMs, callbackId },
            cancellationToken: cancellationToken));
    }

    /// <summary>When the next pending callback (outside <paramref name="exclude"/>) becomes claimable; null when none is pending.</summary>
    public async Task<long?> NextDueAsync(IReadOnlyCollection<long> exclude, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleAsync<long?>(new CommandDefinition(
            $"""
            SELECT MIN(CASE WHEN claimed_until_ms IS NOT NULL AND claimed_until_ms > next_attempt_ms THEN claimed_until_ms ELSE next_attempt_ms END)
            FROM callbacks WHERE status = 'PENDING' AND {NotIn("callback_id", "exclude")}
            """,
            new { exclude = exclude.ToArray() },
            cancellationToken: cancellationToken));
    }

    /// <summary>
    /// Stores the attempt and, when the lease is still <paramref name="claim"/>'s, the callback's next state and releases
    /// the lease, in one transaction; prunes attempts beyond the last <paramref name="keep"/>. Returns false when the
    /// lease had been lost (the attempt is still recorded, the state is left to the lease holder).
    /// </summary>
    public async Task<bool> RecordAsync(ClaimedCallback claim, AttemptRecord attempt, CallbackTransition next, long nowMs, int keep, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await Database.BeginWriteAsync(connection, cancellationToken);
        var attemptNo = await connection.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(
            """
            UPDATE callbacks SET attempt_count = attempt_count + 1, status = @status, failures = @failures, next_attempt_ms = @nextAttemptMs,
                   delivered_ms = COALESCE(@deliveredMs, delivered_ms), last_status = @responseStatus, last_error = @error,
                   claim_token = NULL, claimed_by = NULL, claimed_until_ms = NULL, updated_ms = @nowMs
            WHERE callback_id = @callbackId AND claim_token = @token
            RETURNING attempt_count
            """,
            new
            {
                status = CallbackWire.Name(next.Status),
                failures = next.Failures,
                nextAttemptMs = next.NextAttemptMs,
                deliveredMs = next.DeliveredMs,
                responseStatus = (long?)attempt.ResponseStatus,
                error = attempt.Error,
                nowMs,
                callbackId = claim.CallbackId,
                token = claim.ClaimToken,
            },
            transaction,
            cancellationToken: cancellationToken));
        var held = attemptNo is not null;
        attemptNo ??= await connection.QuerySingleAsync<long>(new CommandDefinition(
            "UPDATE callbacks SET attempt_count = attempt_count + 1, updated_ms = @nowMs WHERE callback_id = @callbackId RETURNING attempt_count",
            new { nowMs, callbackId = claim.CallbackId },
            transaction,
            cancellationToken: cancellationToken));

        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO callback_attempts (callback_id, attempt_no, trigger_kind, outcome, started_ms, url, request_headers, response_status,
                                           response_body, latency_ms, error, note, next_attempt_ms, dispatcher)
            VALUES (@callbackId, @attemptNo, @trigger, @outcome, @StartedMs, @Url, @RequestHeadersJson, @responseStatus,
                    @ResponseBody, @LatencyMs, @Error, @Note, @nextAttemptMs, @Dispatcher);
            DELETE FROM callback_attempts WHERE callback_id = @callbackId AND attempt_no <= @pruneUpTo;
            """,
            new
            {
                callbackId = claim.CallbackId,
                attemptNo,
                trigger = CallbackWire.Name(attempt.Trigger),
                outcome = CallbackWire.Name(attempt.Outcome),
                attempt.StartedMs,
                attempt.Url,
                attempt.RequestHeadersJson,
                responseStatus = (long?)attempt.ResponseStatus,
                attempt.ResponseBody,
                attempt.LatencyMs,
                attempt.Error,
                attempt.Note,
                nextAttemptMs = held ? next.NextAttemptMs : null,
                attempt.Dispatcher,
                pruneUpTo = attemptNo.Value - keep,
            },
            transaction,
            cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return held;
    }

    /// <summary>Drops every lease (SQLite at start-up: one process owns the file, so any lease belongs to a dead process).</summary>
    public async Task<int> ReleaseAllClaimsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE callbacks SET claim_token = NULL, claimed_by = NULL, claimed_until_ms = NULL WHERE claim_token IS NOT NULL",
            cancellationToken: cancellationToken));
    }

    /// <summary>
    /// "column not in the list" for both stores: Dapper expands a list on SQLite; Npgsql takes the array as one parameter.
    /// </summary>
    private string NotIn(string column, string parameter) =>
        database.Provider == StoreProvider.Postgres ? $"NOT ({column} = ANY(@{parameter}))" : $"{column} NOT IN @{parameter}";
}
