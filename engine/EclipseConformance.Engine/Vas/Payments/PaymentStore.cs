using System.Data.Common;
using Dapper;
using EclipseConformance.Engine.Storage;

namespace EclipseConformance.Engine.Vas;

/// <summary>
/// The <c>vas_payments</c> table: the payment rows and, on the same rows, the durable work queue — a payment with
/// <c>work_due_ms</c> has a step to run; a run claims it with a token and a lease (<c>claim_until_ms</c>) so two runs
/// (the processor, a request waiting in SYNC mode, another engine instance) never drive one payment at once, and a
/// crashed run's lease simply expires.
/// </summary>
public sealed class PaymentStore(Database database)
{
    public const string Columns =
        "payment_id AS PaymentId, tenant_id AS TenantId, customer_id AS CustomerId, wallet_id AS WalletId, external_unique_id AS ExternalUniqueId, " +
        "payment_type AS PaymentType, provider AS Provider, flow AS Flow, partner_id AS PartnerId, product_id AS ProductId, " +
        "prevend_product_id AS PrevendProductId, product_name AS ProductName, product_category AS ProductCategory, payment_data AS PaymentData, " +
        "additional_fields AS AdditionalFields, amount AS Amount, fee AS Fee, currency AS Currency, description AS Description, " +
        "payment_reference AS PaymentReference, callback_url AS CallbackUrl, landing_url AS LandingUrl, phone AS Phone, " +
        "tracing_context AS TracingContext, destination_wallet_id AS DestinationWalletId, fee_wallet_id AS FeeWalletId, completion AS Completion, " +
        "failure_statuses AS FailureStatuses, state AS State, status AS Status, failure_kind AS FailureKind, extra_info AS ExtraInfo, " +
        "error_description AS ErrorDescription, provider_state AS ProviderState, attempts AS Attempts, checks AS Checks, " +
        "settlement_posting_id AS SettlementPostingId, reversal_posting_id AS ReversalPostingId, hold_id AS HoldId, work_due_ms AS WorkDueMs, " +
        "claim_token AS ClaimToken, claim_until_ms AS ClaimUntilMs, version AS Version, created_ms AS CreatedMs, last_modified_ms AS LastModifiedMs";

    public SqlDialect Sql => database.Sql;

    public async Task<Payment?> FindAsync(long paymentId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await FindAsync(connection, null, paymentId);
    }

    public Task<Payment?> FindAsync(DbConnection connection, DbTransaction? transaction, long paymentId, bool forUpdate = false) =>
        connection.QuerySingleOrDefaultAsync<Payment>(
            $"SELECT {Columns} FROM vas_payments WHERE payment_id = @paymentId{(forUpdate ? database.Sql.ForUpdate : "")}", new { paymentId }, transaction);

    /// <summary>The payment that already uses <paramref name="externalUniqueId"/> (in the tenant, or anywhere when tenantId is null).</summary>
    public static Task<Payment?> FindByKeyAsync(DbConnection connection, DbTransaction transaction, long? tenantId, string externalUniqueId) =>
        connection.QueryFirstOrDefaultAsync<Payment>(
            $"""
            SELECT {Columns} FROM vas_payments
            WHERE external_unique_id = @externalUniqueId AND (@tenantId IS NULL OR tenant_id = @tenantId)
            ORDER BY payment_id LIMIT 1
            """,
            new { tenantId, externalUniqueId },
            transaction);

    /// <summary>Inserts a payment and returns its id.</summary>
    public static Task<long> InsertAsync(DbConnection connection, DbTransaction transaction, Payment p) =>
        connection.ExecuteScalarAsync<long>(
            """
            INSERT INTO vas_payments (tenant_id, customer_id, wallet_id, external_unique_id, payment_type, provider, flow, partner_id, product_id,
                prevend_product_id, product_name, product_category, payment_data, additional_fields, amount, fee, currency, description,
                payment_reference, callback_url, landing_url, phone, tracing_context, destination_wallet_id, fee_wallet_id, completion,
                failure_statuses, state, status, failure_kind, extra_info, error_description, provider_state, attempts, checks,
                settlement_posting_id, reversal_posting_id, hold_id, work_due_ms, claim_token, claim_until_ms, version, created_ms, last_modified_ms)
            VALUES (@TenantId, @CustomerId, @WalletId, @ExternalUniqueId, @PaymentType, @Provider, @Flow, @PartnerId, @ProductId,
                @PrevendProductId, @ProductName, @ProductCategory, @PaymentData, @AdditionalFields, @Amount, @Fee, @Currency, @Description,
                @PaymentReference, @CallbackUrl, @LandingUrl, @Phone, @TracingContext, @DestinationWalletId, @FeeWalletId, @Completion,
                @FailureStatuses, @State, @Status, @FailureKind, @ExtraInfo, @ErrorDescription, @ProviderState, @Attempts, @Checks,
                @SettlementPostingId, @ReversalPostingId, @HoldId, @WorkDueMs, @ClaimToken, @ClaimUntilMs, 0, @CreatedMs, @LastModifiedMs)
            RETURNING payment_id
            """,
            p,
            transaction);

    /// <summary>Writes every mutable column of <paramref name="p"/> if the row still has <paramref name="expectedVersion"/>; false when it moved on.</summary>
    public static async Task<bool> UpdateAsync(DbConnection connection, DbTransaction transaction, Payment p, long expectedVersion) =>
        await connection.ExecuteAsync(
            """
            UPDATE vas_payments SET wallet_id = @WalletId, amount = @Amount, fee = @Fee, description = @Description, callback_url = @CallbackUrl,
                landing_url = @LandingUrl, additional_fields = @AdditionalFields, destination_wallet_id = @DestinationWalletId,
                fee_wallet_id = @FeeWalletId, state = @State, status = @Status, failure_kind = @FailureKind, extra_info = @ExtraInfo,
                error_description = @ErrorDescription, provider_state = @ProviderState, attempts = @Attempts, checks = @Checks,
                settlement_posting_id = @SettlementPostingId, reversal_posting_id = @ReversalPostingId, hold_id = @HoldId,
                work_due_ms = @WorkDueMs, claim_token = @ClaimToken, claim_until_ms = @ClaimUntilMs, version = @Version,
                last_modified_ms = @LastModifiedMs
            WHERE payment_id = @PaymentId AND version = @expectedVersion
            """,
            new DynamicParameters(p).With("expectedVersion", expectedVersion),
            transaction) == 1;

    /// <summary>Claims a payment whose work is due and not leased (or whose lease ran out); counts the attempt.</summary>
    public async Task<Payment?> TryClaimAsync(long paymentId, string token, long nowMs, long untilMs, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await Database.BeginWriteAsync(connection, cancellationToken);
        var claimed = await connection.QuerySingleOrDefaultAsync<Payment>(
            $"""
            UPDATE vas_payments SET claim_token = @token, claim_until_ms = @untilMs, attempts = attempts + 1
            WHERE payment_id = @paymentId AND work_due_ms IS NOT NULL AND work_due_ms <= @nowMs
              AND (claim_token IS NULL OR claim_until_ms < @nowMs)
            RETURNING {Columns}
            """,
            new { paymentId, token, nowMs, untilMs },
            transaction);
        await transaction.CommitAsync(cancellationToken);
        return claimed;
    }

    /// <summary>Keeps a claim for the next step of the same run (counts the attempt, extends the lease).</summary>
    public async Task<Payment?> RenewClaimAsync(long paymentId, string token, long untilMs, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await Database.BeginWriteAsync(connection, cancellationToken);
        var renewed = await connection.QuerySingleOrDefaultAsync<Payment>(
            $"UPDATE vas_payments SET claim_until_ms = @untilMs, attempts = attempts + 1 WHERE payment_id = @paymentId AND claim_token = @token RETURNING {Columns}",
            new { paymentId, token, untilMs },
            transaction);
        await transaction.CommitAsync(cancellationToken);
        return renewed;
    }

    public async Task ReleaseClaimAsync(long paymentId, string token, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            "UPDATE vas_payments SET claim_token = NULL, claim_until_ms = NULL WHERE payment_id = @paymentId AND claim_token = @token",
            new { paymentId, token });
    }

    /// <summary>Moves the due time of unclaimed work (after a run failed for an infrastructure reason, so it is not retried in a hot loop).</summary>
    public async Task DeferAsync(long paymentId, long dueMs, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            "UPDATE vas_payments SET work_due_ms = @dueMs WHERE payment_id = @paymentId AND work_due_ms IS NOT NULL AND claim_token IS NULL",
            new { paymentId, dueMs });
    }

    /// <summary>Brings queued work forward to now (nothing when the payment has no work); true when it had work.</summary>
    public async Task<bool> MakeDueAsync(long paymentId, long nowMs, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(
            "UPDATE vas_payments SET work_due_ms = @nowMs WHERE payment_id = @paymentId AND work_due_ms IS NOT NULL AND work_due_ms > @nowMs",
            new { paymentId, nowMs }) == 1 || await connection.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM vas_payments WHERE payment_id = @paymentId AND work_due_ms IS NOT NULL", new { paymentId }) == 1;
    }

    /// <summary>Ids of payments whose work is due and unclaimed (or whose lease expired), oldest due first.</summary>
    public async Task<IReadOnlyList<long>> DueAsync(long nowMs, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var ids = await connection.QueryAsync<long>(
            """
            SELECT payment_id FROM vas_payments
            WHERE work_due_ms IS NOT NULL AND work_due_ms <= @nowMs AND (claim_token IS NULL OR claim_until_ms < @nowMs)
            ORDER BY work_due_ms LIMIT @limit
            """,
            new { nowMs, limit });
        return ids.ToList();
    }

    /// <summary>When the next piece of work falls due (a leased payment counts from its lease's end), or null.</summary>
    public async Task<long?> NextDueAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long?>(
            """
            SELECT MIN(CASE WHEN claim_token IS NOT NULL AND claim_until_ms > work_due_ms THEN claim_until_ms ELSE work_due_ms END)
            FROM vas_payments WHERE work_due_ms IS NOT NULL
            """);
    }

    /// <summary>Drops every lease (SQLite: one process owns the file, so leases left behind belong to a dead run).</summary>
    public async Task<int> ReleaseAllClaimsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync("UPDATE vas_payments SET claim_token = NULL, claim_until_ms = NULL WHERE claim_token IS NOT NULL");
    }
}
