using System.Data.Common;
using Dapper;
using EclipseConformance.Engine.Storage;

namespace EclipseConformance.Engine.Withdrawals;

/// <summary>The withdrawals table: reads, and writes inside a caller's write transaction.</summary>
public sealed class WithdrawalStore(Database database)
{
    public const string Columns =
        "withdrawal_id AS WithdrawalId, tenant_id AS TenantId, wallet_id AS WalletId, external_unique_id AS ExternalUniqueId, " +
        "request_hash AS RequestHash, type AS Type, category AS Category, sub_type AS SubType, gateway AS Gateway, redemption AS Redemption, " +
        "status AS Status, amount AS Amount, fee AS Fee, currency AS Currency, token AS Token, deliver_to_phone AS DeliverToPhone, " +
        "limit_key AS LimitKey, description AS Description, callback_url AS CallbackUrl, bank_account AS BankAccount, " +
        "tracing_context AS TracingContext, error_description AS ErrorDescription, hold_id AS HoldId, settlement_wallet_id AS SettlementWalletId, " +
        "fee_wallet_id AS FeeWalletId, expires_ms AS ExpiresMs, due_ms AS DueMs, version AS Version, created_ms AS CreatedMs, " +
        "last_modified_ms AS LastModifiedMs";

    public async Task<Withdrawal?> FindAsync(long withdrawalId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await FindAsync(connection, null, withdrawalId, forUpdate: false);
    }

    /// <summary>One withdrawal; with <paramref name="forUpdate"/> its row is locked until the transaction ends (PostgreSQL).</summary>
    public Task<Withdrawal?> FindAsync(DbConnection connection, DbTransaction? transaction, long withdrawalId, bool forUpdate) =>
        connection.QuerySingleOrDefaultAsync<Withdrawal>(
            $"SELECT {Columns} FROM withdrawals WHERE withdrawal_id = @withdrawalId{(forUpdate ? database.Sql.ForUpdate : "")}", new { withdrawalId }, transaction);

    public static Task<Withdrawal?> FindByKeyAsync(DbConnection connection, DbTransaction transaction, string externalUniqueId) =>
        connection.QuerySingleOrDefaultAsync<Withdrawal>(
            $"SELECT {Columns} FROM withdrawals WHERE external_unique_id = @externalUniqueId", new { externalUniqueId }, transaction);

    /// <summary>The wallet's withdrawals created in [from, to), newest first.</summary>
    public async Task<IReadOnlyList<Withdrawal>> ListAsync(long walletId, long? fromMs, long? toMs, int limit, int offset, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var filter = (fromMs is null ? "" : " AND created_ms >= @fromMs") + (toMs is null ? "" : " AND created_ms < @toMs");
        var rows = await connection.QueryAsync<Withdrawal>(
            $"SELECT {Columns} FROM withdrawals WHERE wallet_id = @walletId{filter} ORDER BY created_ms DESC, withdrawal_id DESC LIMIT @limit OFFSET @offset",
            new { walletId, fromMs, toMs, limit, offset });
        return rows.ToList();
    }

    /// <summary>What the monthly limit already counts for a key: the amounts of withdrawals in the counted statuses since <paramref name="startMs"/>.</summary>
    public static Task<long> CountedAsync(
        DbConnection connection, DbTransaction transaction, SqlDialect dialect, string limitKey, string currency, long startMs, long nowMs, string[] statuses) =>
        connection.ExecuteScalarAsync<long>(
            $"""
            SELECT COALESCE(SUM(amount), 0) FROM withdrawals
            WHERE limit_key = @limitKey AND currency = @currency AND created_ms >= @startMs AND created_ms <= @nowMs
              AND {(dialect.Provider == StoreProvider.Postgres ? "status = ANY(@statuses)" : "status IN @statuses")}
            """,
            new { limitKey, currency, startMs, nowMs, statuses },
            transaction);

    public static async Task<bool> TokenInUseAsync(DbConnection connection, DbTransaction transaction, string gateway, string token) =>
        await connection.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM withdrawals WHERE gateway = @gateway AND token = @token AND status = 'PENDING'", new { gateway, token }, transaction) > 0;

    public static Task<long> InsertAsync(DbConnection connection, DbTransaction transaction, Withdrawal w) =>
        connection.ExecuteScalarAsync<long>(
            """
            INSERT INTO withdrawals (tenant_id, wallet_id, external_unique_id, request_hash, type, category, sub_type, gateway, redemption, status,
                amount, fee, currency, token, deliver_to_phone, limit_key, description, callback_url, bank_account, tracing_context,
                error_description, hold_id, settlement_wallet_id, fee_wallet_id, expires_ms, due_ms, version, created_ms, last_modified_ms)
            VALUES (@TenantId, @WalletId, @ExternalUniqueId, @RequestHash, @Type, @Category, @SubType, @Gateway, @Redemption, @Status,
                @Amount, @Fee, @Currency, @Token, @DeliverToPhone, @LimitKey, @Description, @CallbackUrl, @BankAccount, @TracingContext,
                @ErrorDescription, @HoldId, @SettlementWalletId, @FeeWalletId, @ExpiresMs, @DueMs, 0, @CreatedMs, @LastModifiedMs)
            RETURNING withdrawal_id
            """,
            w,
            transaction);

    public static Task SetHoldAsync(DbConnection connection, DbTransaction transaction, long withdrawalId, long holdId) =>
        connection.ExecuteAsync("UPDATE withdrawals SET hold_id = @holdId WHERE withdrawal_id = @withdrawalId", new { withdrawalId, holdId }, transaction);

    /// <summary>Moves a withdrawal to a final status if it still has <paramref name="version"/>; false when it changed meanwhile.</summary>
    public static async Task<bool> FinishAsync(
        DbConnection connection, DbTransaction transaction, long withdrawalId, long version, WithdrawalStatus status, string? errorDescription, long nowMs) =>
        await connection.ExecuteAsync(
            """
            UPDATE withdrawals SET status = @status, error_description = @errorDescription, due_ms = NULL, version = version + 1, last_modified_ms = @nowMs
            WHERE withdrawal_id = @withdrawalId AND version = @version
            """,
            new { withdrawalId, version, status = WithdrawalStatuses.Wire(status), errorDescription, nowMs },
            transaction) == 1;

    /// <summary>Pending withdrawals whose expiry or settlement time has come, oldest due first.</summary>
    public async Task<IReadOnlyList<long>> DueAsync(long nowMs, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<long>(
            "SELECT withdrawal_id FROM withdrawals WHERE status = 'PENDING' AND due_ms <= @nowMs ORDER BY due_ms, withdrawal_id LIMIT @limit",
            new { nowMs, limit });
        return rows.ToList();
    }

    public async Task<long?> NextDueAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long?>("SELECT MIN(due_ms) FROM withdrawals WHERE status = 'PENDING'");
    }
}
