using System.Text;
using System.Text.Json;
using Dapper;
using EclipseConformance.Engine.Primitives;
using EclipseConformance.Engine.Storage;

namespace EclipseConformance.Engine.Webhooks;

/// <summary>The control plane's reads of the outbox: callbacks newest first with their kept attempts, filtered and paged.</summary>
public sealed class CallbackInspection(Database database)
{
    private const string CallbackColumns =
        """
        callback_id AS CallbackId, tenant_id AS TenantId, kind AS Kind, reference AS Reference, url AS Url, body AS Body, status AS Status,
        failures AS Failures, attempt_count AS AttemptCount, next_attempt_ms AS NextAttemptMs, claimed_by AS ClaimedBy,
        last_status AS LastStatus, last_error AS LastError, created_ms AS CreatedMs, delivered_ms AS DeliveredMs
        """;

    public async Task<IReadOnlyList<CallbackView>> ListAsync(CallbackFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var sql = new StringBuilder($"SELECT {CallbackColumns} FROM callbacks WHERE 1 = 1");
        if (filter.TenantId is not null)
        {
            sql.Append(" AND tenant_id = @TenantId");
        }

        if (filter.Status is not null)
        {
            sql.Append(" AND status = @status");
        }

        if (filter.Reference is not null)
        {
            sql.Append(" AND reference = @Reference");
        }

        if (filter.Kind is not null)
        {
            sql.Append(" AND kind = @Kind");
        }

        sql.Append(" ORDER BY callback_id DESC LIMIT @Limit OFFSET @Offset");
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = (await connection.QueryAsync<CallbackRow>(new CommandDefinition(
            sql.ToString(),
            new { filter.TenantId, status = filter.Status is { } s ? CallbackWire.Name(s) : null, filter.Reference, filter.Kind, filter.Limit, filter.Offset },
            cancellationToken: cancellationToken))).ToList();
        return await WithAttemptsAsync(connection, rows, cancellationToken);
    }

    public async Task<CallbackView?> FindAsync(long callbackId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<CallbackRow>(new CommandDefinition(
            $"SELECT {CallbackColumns} FROM callbacks WHERE callback_id = @callbackId", new { callbackId }, cancellationToken: cancellationToken));
        return row is null ? null : (await WithAttemptsAsync(connection, [row], cancellationToken))[0];
    }

    private async Task<IReadOnlyList<CallbackView>> WithAttemptsAsync(
        System.Data.Common.DbConnection connection, List<CallbackRow> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return [];
        }

        var ids = rows.Select(r => r.CallbackId).ToArray();
        var condition = database.Provider == StoreProvider.Postgres ? "callback_id = ANY(@ids)" : "callback_id IN @ids";
        var attempts = (await connection.QueryAsync<AttemptRow>(new CommandDefinition(
                $"""
                SELECT callback_id AS CallbackId, attempt_no AS AttemptNo, trigger_kind AS TriggerKind, outcome AS Outcome, started_ms AS StartedMs,
                       url AS Url, request_headers AS RequestHeaders, response_status AS ResponseStatus, response_body AS ResponseBody,
                       latency_ms AS LatencyMs, error AS Error, note AS Note, next_attempt_ms AS NextAttemptMs, dispatcher AS Dispatcher
                FROM callback_attempts WHERE {condition} ORDER BY callback_id, attempt_no
                """,
                new { ids },
                cancellationToken: cancellationToken)))
            .ToLookup(a => a.CallbackId);
        return rows.Select(r => ToView(r, attempts[r.CallbackId])).ToList();
    }

    private static CallbackView ToView(CallbackRow r, IEnumerable<AttemptRow> attempts) => new(
        r.CallbackId, r.TenantId, r.Kind, r.Reference, r.Url, r.Status, r.AttemptCount, r.Failures, Timestamps.ToWire(r.CreatedMs),
        Wire(r.NextAttemptMs), r.NextAttemptMs, Wire(r.DeliveredMs), r.LastStatus, r.LastError, r.ClaimedBy, r.Body,
        attempts.Select(a => new CallbackAttemptView(
            a.AttemptNo, a.TriggerKind, a.Outcome, Timestamps.ToWire(a.StartedMs), a.StartedMs, a.Url,
            JsonSerializer.Deserialize(a.RequestHeaders, WebhooksJsonContext.Default.DictionaryStringString) ?? [],
            a.ResponseStatus, a.ResponseBody, a.LatencyMs, a.Error, a.Note, Wire(a.NextAttemptMs), a.Dispatcher)).ToList());

    private static string? Wire(long? ms) => ms is { } value ? Timestamps.ToWire(value) : null;

    private sealed record CallbackRow(
        long CallbackId, long TenantId, string Kind, string Reference, string Url, string Body, string Status, long Failures, long AttemptCount,
        long? NextAttemptMs, string? ClaimedBy, long? LastStatus, string? LastError, long CreatedMs, long? DeliveredMs);

    private sealed record AttemptRow(
        long CallbackId, long AttemptNo, string TriggerKind, string Outcome, long StartedMs, string Url, string RequestHeaders, long? ResponseStatus,
        string? ResponseBody, long LatencyMs, string? Error, string? Note, long? NextAttemptMs, string Dispatcher);
}
