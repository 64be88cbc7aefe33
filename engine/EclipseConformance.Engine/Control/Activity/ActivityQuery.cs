using Dapper;
using EclipseConformance.Engine.Primitives;
using EclipseConformance.Engine.Storage;

namespace EclipseConformance.Engine.Control.Activity;

/// <summary>Read-only queries of the VAS payments and withdrawals tables for the dashboard, newest first.</summary>
public sealed class ActivityQuery(Database database)
{
    private const string PaymentColumns =
        """
        'PAYMENT' AS Kind, payment_id AS Id, tenant_id AS TenantId, wallet_id AS WalletId, external_unique_id AS ExternalUniqueId,
        payment_type AS Type, product_name AS Product, amount AS Amount, fee AS Fee, currency AS Currency, status AS Status, state AS State,
        CASE WHEN extra_info IS NULL OR extra_info = '' THEN 0 ELSE 1 END AS HasExtraInfo, error_description AS ErrorDescription,
        callback_url AS CallbackUrl, created_ms AS CreatedMs, last_modified_ms AS LastModifiedMs
        """;

    private const string WithdrawalColumns =
        """
        'WITHDRAWAL' AS Kind, withdrawal_id AS Id, tenant_id AS TenantId, wallet_id AS WalletId, external_unique_id AS ExternalUniqueId,
        type AS Type, gateway AS Product, amount AS Amount, fee AS Fee, currency AS Currency, status AS Status, NULL AS State,
        NULL AS HasExtraInfo, error_description AS ErrorDescription, callback_url AS CallbackUrl, created_ms AS CreatedMs, last_modified_ms AS LastModifiedMs
        """;

    public Task<IReadOnlyList<ActivityRow>> PaymentsAsync(long? tenantId, int limit, CancellationToken ct) =>
        ListAsync($"SELECT {PaymentColumns} FROM vas_payments WHERE (@tenantId IS NULL OR tenant_id = @tenantId) ORDER BY payment_id DESC LIMIT @limit", tenantId, limit, ct);

    public Task<IReadOnlyList<ActivityRow>> WithdrawalsAsync(long? tenantId, int limit, CancellationToken ct) =>
        ListAsync($"SELECT {WithdrawalColumns} FROM withdrawals WHERE (@tenantId IS NULL OR tenant_id = @tenantId) ORDER BY withdrawal_id DESC LIMIT @limit", tenantId, limit, ct);

    public async Task<ActivityRow?> PaymentAsync(long id, CancellationToken ct) =>
        First(await ListAsync($"SELECT {PaymentColumns} FROM vas_payments WHERE payment_id = @id", null, 1, ct, id));

    public async Task<ActivityRow?> WithdrawalAsync(long id, CancellationToken ct) =>
        First(await ListAsync($"SELECT {WithdrawalColumns} FROM withdrawals WHERE withdrawal_id = @id", null, 1, ct, id));

    private static ActivityRow? First(IReadOnlyList<ActivityRow> rows) => rows.Count > 0 ? rows[0] : null;

    /// <summary>The withdrawal's after-commit tasks (token registration, SMS) as history events.</summary>
    public async Task<IReadOnlyList<ActivityEvent>> WithdrawalTasksAsync(long id, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        var tasks = await connection.QueryAsync<TaskRow>(new CommandDefinition(
            "SELECT kind AS Kind, status AS Status, attempts AS Attempts, last_error AS LastError, updated_ms AS UpdatedMs FROM withdrawal_tasks WHERE withdrawal_id = @id ORDER BY task_id",
            new { id },
            cancellationToken: ct));
        return tasks.Select(t => new ActivityEvent(Timestamps.ToWire(t.UpdatedMs), t.UpdatedMs, "task",
            $"{t.Kind} task after {t.Attempts} attempt(s){(t.LastError is null ? "" : ": " + t.LastError)}", t.Status)).ToList();
    }

    private async Task<IReadOnlyList<ActivityRow>> ListAsync(string sql, long? tenantId, int limit, CancellationToken ct, long id = 0)
    {
        await using var connection = await database.OpenAsync(ct);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(sql, new { tenantId, limit, id }, cancellationToken: ct));
        return rows.Select(r => new ActivityRow(
            r.Kind, r.Id, r.TenantId, r.WalletId, r.ExternalUniqueId, r.Type, r.Product, new Money(r.Amount).ToDecimal(), new Money(r.Fee).ToDecimal(), r.Currency,
            r.Status, r.State, r.HasExtraInfo is null ? null : r.HasExtraInfo == 1, r.ErrorDescription, r.CallbackUrl,
            Timestamps.ToWire(r.CreatedMs), Timestamps.ToWire(r.LastModifiedMs))).ToList();
    }

    private sealed class Row
    {
        public string Kind { get; set; } = "";

        public long Id { get; set; }

        public long TenantId { get; set; }

        public long WalletId { get; set; }

        public string ExternalUniqueId { get; set; } = "";

        public string Type { get; set; } = "";

        public string? Product { get; set; }

        public long Amount { get; set; }

        public long Fee { get; set; }

        public string Currency { get; set; } = "";

        public string Status { get; set; } = "";

        public string? State { get; set; }

        public long? HasExtraInfo { get; set; }

        public string? ErrorDescription { get; set; }

        public string? CallbackUrl { get; set; }

        public long CreatedMs { get; set; }

        public long LastModifiedMs { get; set; }
    }

    private sealed class TaskRow
    {
        public string Kind { get; set; } = "";

        public string Status { get; set; } = "";

        public long Attempts { get; set; }

        public string? LastError { get; set; }

        public long UpdatedMs { get; set; }
    }
}
