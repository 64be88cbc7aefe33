using System.Data.Common;
using System.Globalization;
using System.Text;
using EclipseConformance.Engine.Storage;

namespace EclipseConformance.Engine.Ledger;

/// <summary>
/// The ledger's reads and writes inside one write transaction, in plain ADO.NET so the hot path allocates little.
/// On PostgreSQL the wallet rows are locked (<c>FOR UPDATE</c>, in id order so batches never deadlock); on SQLite
/// the transaction already holds the database write lock (BEGIN IMMEDIATE).
/// </summary>
public static class LedgerSql
{
    public static async Task<Dictionary<long, WalletState>> LoadWalletsAsync(
        DbConnection connection, DbTransaction transaction, SqlDialect dialect, IReadOnlyCollection<long> walletIds, CancellationToken cancellationToken)
    {
        var result = new Dictionary<long, WalletState>(walletIds.Count);
        if (walletIds.Count == 0)
        {
            return result;
        }

        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var sql = new StringBuilder(
            """
            SELECT w.wallet_id, w.tenant_id, w.customer_id, w.currency, w.status, w.balance, w.reserved, wt.allow_negative, t.accepts_cross_tenant
            FROM wallets w
            JOIN wallet_types wt ON wt.wallet_type_id = w.wallet_type_id
            JOIN tenants t ON t.tenant_id = w.tenant_id
            WHERE w.wallet_id
            """);
        AppendIn(command, sql, "w", walletIds.Order(), dialect.Provider);
        sql.Append(" ORDER BY w.wallet_id");
        if (dialect.Provider == StoreProvider.Postgres && !dialect.IsReadOnly)
        {
            sql.Append(" FOR UPDATE OF w");
        }

        command.CommandText = sql.ToString();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var state = new WalletState
            {
                WalletId = reader.GetInt64(0),
                TenantId = reader.GetInt64(1),
                CustomerId = reader.IsDBNull(2) ? null : reader.GetInt64(2),
                Currency = reader.GetString(3),
                Status = reader.GetString(4),
                Balance = reader.GetInt64(5),
                Reserved = reader.GetInt64(6),
                AllowNegative = reader.GetInt64(7) != 0,
                AcceptsCrossTenant = reader.GetInt64(8) != 0,
            };
            result[state.WalletId] = state;
        }

        return result;
    }

    public static async Task<Dictionary<(string Kind, string Key), ExistingPosting>> LoadKeysAsync(
        DbConnection connection, DbTransaction transaction, SqlDialect dialect, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var result = new Dictionary<(string, string), ExistingPosting>();
        if (keys.Count == 0)
        {
            return result;
        }

        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var sql = new StringBuilder("SELECT kind, external_unique_id, posting_id, request_hash, created_ms FROM ledger_postings WHERE external_unique_id");
        AppendIn(command, sql, "k", keys, dialect.Provider);
        command.CommandText = sql.ToString();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result[(reader.GetString(0), reader.GetString(1))] =
                new ExistingPosting(reader.GetInt64(2), reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetInt64(4));
        }

        return result;
    }

    /// <summary>
    /// Writes the applied postings, their entries and the final balances of the wallets they touched. Posting ids are
    /// allocated up front (inside the write lock on SQLite, from the identity sequence on PostgreSQL) so postings and
    /// entries go in as multi-row INSERTs: a few statements per batch instead of three per transfer.
    /// </summary>
    public static async Task<long[]> WriteAsync(
        DbConnection connection, DbTransaction transaction, SqlDialect dialect, LedgerBatch batch, IEnumerable<WalletState> wallets, long nowMs, CancellationToken cancellationToken)
    {
        var applied = batch.Applied;
        var postingIds = await AllocatePostingIdsAsync(connection, transaction, dialect, applied.Count, cancellationToken);
        if (postingIds.Length == 0)
        {
            return postingIds;
        }

        for (var offset = 0; offset < applied.Count; offset += RowsPerStatement)
        {
            var count = Math.Min(RowsPerStatement, applied.Count - offset);
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var sql = new StringBuilder("INSERT INTO ledger_postings (posting_id, kind, external_unique_id, tenant_id, request_hash, description, external_id, location, created_ms) VALUES ");
            for (var i = 0; i < count; i++)
            {
                var (_, request, _) = applied[offset + i];
                sql.Append(i == 0 ? "(" : ",(");
                AppendValues(command, sql, i, postingIds[offset + i], request.Kind, request.ExternalUniqueId, request.TenantId, request.RequestHash,
                    request.Description, request.ExternalId, request.Location, nowMs);
                sql.Append(')');
            }

            command.CommandText = sql.ToString();
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        var entries = new List<(long PostingId, EntryDraft Entry)>(applied.Count * 2);
        for (var i = 0; i < applied.Count; i++)
        {
            foreach (var entry in applied[i].Entries)
            {
                entries.Add((postingIds[i], entry));
            }
        }

        for (var offset = 0; offset < entries.Count; offset += RowsPerStatement)
        {
            var count = Math.Min(RowsPerStatement, entries.Count - offset);
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var sql = new StringBuilder("INSERT INTO ledger_entries (posting_id, wallet_id, other_wallet_id, amount, balance_after, currency, created_ms) VALUES ");
            for (var i = 0; i < count; i++)
            {
                var (postingId, e) = entries[offset + i];
                sql.Append(i == 0 ? "(" : ",(");
                AppendValues(command, sql, i, postingId, e.WalletId, e.OtherWalletId, e.Amount, e.BalanceAfter, e.Currency, nowMs);
                sql.Append(')');
            }

            command.CommandText = sql.ToString();
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var balance = Command(connection, transaction,
            "UPDATE wallets SET balance = @balance, version = version + 1, last_modified_ms = @modified WHERE wallet_id = @wallet",
            "balance", "modified", "wallet");
        foreach (var wallet in wallets)
        {
            if (wallet.Dirty)
            {
                Set(balance, wallet.Balance, nowMs, wallet.WalletId);
                await balance.ExecuteNonQueryAsync(cancellationToken);
                wallet.Dirty = false;
            }
        }

        return postingIds;
    }

    /// <summary>Rows per multi-row INSERT (kept well under SQLite's parameter limit).</summary>
    private const int RowsPerStatement = 100;

    private static async Task<long[]> AllocatePostingIdsAsync(DbConnection connection, DbTransaction transaction, SqlDialect dialect, int count, CancellationToken cancellationToken)
    {
        var ids = new long[count];
        if (count == 0)
        {
            return ids;
        }

        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        if (dialect.Provider == StoreProvider.Postgres)
        {
            command.CommandText = "SELECT nextval(pg_get_serial_sequence('ledger_postings', 'posting_id')) FROM generate_series(1, @n)";
            var p = command.CreateParameter();
            p.ParameterName = "n";
            p.Value = count;
            command.Parameters.Add(p);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            for (var i = 0; await reader.ReadAsync(cancellationToken); i++)
            {
                ids[i] = reader.GetInt64(0);
            }

            Array.Sort(ids);
            return ids;
        }

        // SQLite: the transaction holds the database write lock, so the next ids are ours. AUTOINCREMENT semantics are
        // kept by also looking at sqlite_sequence (ids are never reused, even after deletes).
        command.CommandText =
            "SELECT MAX(COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'ledger_postings'), 0), COALESCE((SELECT MAX(posting_id) FROM ledger_postings), 0))";
        var last = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        for (var i = 0; i < count; i++)
        {
            ids[i] = last + 1 + i;
        }

        return ids;
    }

    private static void AppendValues(DbCommand command, StringBuilder sql, int row, params object?[] values)
    {
        for (var column = 0; column < values.Length; column++)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"p{row}_{column}");
            sql.Append(column == 0 ? "@" : ",@").Append(name);
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = values[column] ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            var p = command.CreateParameter();
            p.ParameterName = name;
            command.Parameters.Add(p);
        }

        return command;
    }

    private static void Set(DbCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }

    private static void AppendIn<T>(DbCommand command, StringBuilder sql, string prefix, IEnumerable<T> values, StoreProvider provider)
    {
        if (provider == StoreProvider.Postgres)
        {
            sql.Append(" = ANY(@").Append(prefix).Append(')');
            var p = command.CreateParameter();
            p.ParameterName = prefix;
            p.Value = values.ToArray();
            command.Parameters.Add(p);
            return;
        }

        sql.Append(" IN (");
        var i = 0;
        foreach (var value in values)
        {
            var name = prefix + i.ToString(CultureInfo.InvariantCulture);
            sql.Append(i == 0 ? "@" : ",@").Append(name);
            var p = command.CreateParameter();
            p.ParameterName = name;
            p.Value = value;
            command.Parameters.Add(p);
            i++;
        }

        sql.Append(')');
    }
}
