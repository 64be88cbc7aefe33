using System.Data.Common;
using Dapper;
using EclipseConformance.Engine.Storage;

namespace EclipseConformance.Engine.Wallets;

public sealed class WalletStore(Database database)
{
    public const string Columns =
        "wallet_id AS WalletId, tenant_id AS TenantId, customer_id AS CustomerId, wallet_type_id AS WalletTypeId, name AS Name, " +
        "description AS Description, currency AS Currency, friendly_id AS FriendlyId, external_unique_id AS ExternalUniqueId, " +
        "external_id AS ExternalId, account_number AS AccountNumber, status AS Status, balance AS Balance, reserved AS Reserved, " +
        "version AS Version, created_ms AS CreatedMs, last_modified_ms AS LastModifiedMs";

    public async Task<Wallet?> FindAsync(long walletId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await FindAsync(connection, null, walletId);
    }

    public static Task<Wallet?> FindAsync(DbConnection connection, DbTransaction? transaction, long walletId) =>
        connection.QuerySingleOrDefaultAsync<Wallet>($"SELECT {Columns} FROM wallets WHERE wallet_id = @walletId", new { walletId }, transaction);

    public async Task<IReadOnlyList<Wallet>> ListAsync(long tenantId, long? customerId, int limit, int offset, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Wallet>(
            $"""
            SELECT {Columns} FROM wallets
            WHERE tenant_id = @tenantId AND (@customerId IS NULL OR customer_id = @customerId)
            ORDER BY wallet_id LIMIT @limit OFFSET @offset
            """,
            new { tenantId, customerId, limit, offset });
        return rows.ToList();
    }

    /// <summary>Inserts a wallet with zero balance; null when its friendlyId, externalUniqueId or account number is taken.</summary>
    public static Task<long?> InsertAsync(DbConnection connection, DbTransaction transaction, Wallet w) =>
        connection.ExecuteScalarAsync<long?>(
            """
            INSERT INTO wallets (tenant_id, customer_id, wallet_type_id, name, description, currency, friendly_id, external_unique_id,
                external_id, account_number, status, balance, reserved, version, created_ms, last_modified_ms)
            VALUES (@TenantId, @CustomerId, @WalletTypeId, @Name, @Description, @Currency, @FriendlyId, @ExternalUniqueId,
                @ExternalId, @AccountNumber, @Status, 0, 0, 0, @CreatedMs, @LastModifiedMs)
            ON CONFLICT DO NOTHING
            RETURNING wallet_id
            """,
            w,
            transaction);
}
