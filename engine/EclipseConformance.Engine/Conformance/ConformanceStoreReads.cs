using Dapper;
using EclipseConformance.Engine.Storage;

namespace EclipseConformance.Engine.Conformance;

/// <summary>Read-only queries of the outbox (callback attempts) and the VAS payments table for the conformance checks.</summary>
public sealed class ConformanceStoreReads(Database database)
{
    public async Task<IReadOnlyList<CallbackAttemptFact>> AttemptsAsync(long sinceMs, long? tenantId, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<AttemptRow>(new CommandDefinition(
            """
            SELECT a.callback_id AS CallbackId, c.tenant_id AS TenantId, c.kind AS Kind, c.reference AS Reference, a.url AS Url,
                   a.attempt_no AS Attempt, a.outcome AS Outcome, a.started_ms AS StartedMs, a.response_status AS ResponseStatus, a.error AS Error
            FROM callback_attempts a JOIN callbacks c ON c.callback_id = a.callback_id
            WHERE a.started_ms >= @sinceMs AND (@tenantId IS NULL OR c.tenant_id = @tenantId)
            ORDER BY a.attempt_id DESC LIMIT @limit
            """,
            new { sinceMs, tenantId, limit },
            cancellationToken: cancellationToken));
        return rows.Reverse().Select(r => new CallbackAttemptFact(r.CallbackId, r.TenantId, r.Kind, r.Reference, r.Url, r.Attempt, r.Outcome, r.StartedMs, r.ResponseStatus, r.Error)).ToList();
    }

    public async Task<IReadOnlyDictionary<long, PaymentStoreFact>> PaymentsAsync(IReadOnlyCollection<long> paymentIds, CancellationToken cancellationToken)
    {
        if (paymentIds.Count == 0)
        {
            return new Dictionary<long, PaymentStoreFact>();
        }

        var ids = paymentIds.ToArray();
        var condition = database.Provider == StoreProvider.Postgres ? "payment_id = ANY(@ids)" : "payment_id IN @ids";
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<PaymentRow>(new CommandDefinition(
            $"SELECT payment_id AS PaymentId, CASE WHEN extra_info IS NULL OR extra_info = '' THEN 0 ELSE 1 END AS HasExtraInfo, last_modified_ms AS LastModifiedMs FROM vas_payments WHERE {condition}",
            new { ids },
            cancellationToken: cancellationToken));
        return rows.ToDictionary(r => r.PaymentId, r => new PaymentStoreFact(r.PaymentId, r.HasExtraInfo == 1, r.LastModifiedMs));
    }

    private sealed class AttemptRow
    {
        public long CallbackId { get; set; }

        public long TenantId { get; set; }

        public string Kind { get; set; } = "";

        public string Reference { get; set; } = "";

        public string Url { get; set; } = "";

        public long Attempt { get; set; }

        public string Outcome { get; set; } = "";

        public long StartedMs { get; set; }

        public long? ResponseStatus { get; set; }

        public string? Error { get; set; }
    }

    private sealed class PaymentRow
    {
        public long PaymentId { get; set; }

        public long HasExtraInfo { get; set; }

        public long LastModifiedMs { get; set; }
    }
}
