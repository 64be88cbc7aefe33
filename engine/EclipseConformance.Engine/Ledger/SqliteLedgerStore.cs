using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace EclipseConformance.Engine.Ledger;

/// <summary>
/// SQLite: the transaction holds the database write lock (BEGIN IMMEDIATE), so no row locks. Statements are prepared
/// once per connection and reused — the group-commit writer keeps its connection, so its statements are compiled
/// once — and each row binds a handful of parameters. Id lists go in as one JSON array (<c>json_each</c>), never as
/// hundreds of named parameters (binding those costs time quadratic in their number).
/// </summary>
public sealed class SqliteLedgerStore : ILedgerStore
{
    private readonly ConditionalWeakTable<DbConnection, Statements> _statements = new();

    public async Task<Dictionary<long, WalletState>> LoadWalletsAsync(
        DbConnection connection, DbTransaction transaction, IReadOnlyCollection<long> walletIds, bool forUpdate, CancellationToken cancellationToken)
    {
        if (walletIds.Count == 0)
        {
            return [];
        }

        var command = For(connection).LoadWallets;
        command.Transaction = transaction;
        var json = new StringBuilder(walletIds.Count * 9).Append('[');
        foreach (var id in walletIds)
        {
            json.Append(id.ToString(CultureInfo.InvariantCulture)).Append(',');
        }

        json[^1] = ']';
        command.Parameters[0].Value = json.ToString();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await WalletStateReader.ReadAsync(reader, walletIds.Count, cancellationToken);
    }

    public async Task<Dictionary<(string Kind, string Key), ExistingPosting>> LoadKeysAsync(
        DbConnection connection, DbTransaction transaction, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
        {
            return [];
        }

        var command = For(connection).LoadKeys;
        command.Transaction = transaction;
        command.Parameters[0].Value = JsonSerializer.Serialize(keys, LedgerJsonContext.Default.IReadOnlyCollectionString);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await WalletStateReader.ReadKeysAsync(reader, cancellationToken);
    }

    public async Task<long[]> WriteAsync(
        DbConnection connection, DbTransaction transaction, LedgerBatch batch, IEnumerable<WalletState> wallets, long nowMs, CancellationToken cancellationToken)
    {
        var applied = batch.Applied;
        var ids = new long[applied.Count];
        if (ids.Length == 0)
        {
            return ids;
        }

        var s = For(connection);
        s.LastPosting.Transaction = transaction;
        var last = Convert.ToInt64(await s.LastPosting.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        s.InsertPosting.Transaction = transaction;
        s.InsertEntry.Transaction = transaction;
        for (var i = 0; i < applied.Count; i++)
        {
            var (_, request, entries) = applied[i];
            ids[i] = last + 1 + i;
            Bind(s.InsertPosting, ids[i], request.Kind, request.ExternalUniqueId, request.TenantId, request.RequestHash, request.Description,
                request.ExternalId, request.Location, nowMs);
            await s.InsertPosting.ExecuteNonQueryAsync(cancellationToken);
            foreach (var e in entries)
            {
                Bind(s.InsertEntry, ids[i], e.WalletId, e.OtherWalletId, e.Amount, e.BalanceAfter, e.Currency, nowMs);
                await s.InsertEntry.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        s.UpdateBalance.Transaction = transaction;
        foreach (var wallet in wallets)
        {
            if (wallet.Dirty)
            {
                Bind(s.UpdateBalance, wallet.Balance, nowMs, wallet.WalletId);
                await s.UpdateBalance.ExecuteNonQueryAsync(cancellationToken);
                wallet.Dirty = false;
            }
        }

        return ids;
    }

    private Statements For(DbConnection connection) => _statements.GetValue(connection, c => new Statements(c));

    private static void Bind(DbCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }

    /// <summary>The prepared statements of one connection.</summary>
    private sealed class Statements(DbConnection connection)
    {
        public DbCommand LoadWallets { get; } = Prepare(connection,
            WalletStateReader.Select + " WHERE w.wallet_id IN (SELECT value FROM json_each($ids)) ORDER BY w.wallet_id", "$ids");

        public DbCommand LoadKeys { get; } = Prepare(connection,
            $"SELECT kind, external_unique_id, posting_id, request_hash, created_ms FROM ledger_postings WHERE kind IN ({PostingKind.SqlList}) AND external_unique_id IN (SELECT value FROM json_each($keys))",
            "$keys");

        // Ids are allocated inside the write lock; sqlite_sequence keeps AUTOINCREMENT's never-reuse guarantee.
        public DbCommand LastPosting { get; } = Prepare(connection,
            "SELECT MAX(COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'ledger_postings'), 0), COALESCE((SELECT MAX(posting_id) FROM ledger_postings), 0))");

        public DbCommand InsertPosting { get; } = Prepare(connection,
            """
            INSERT INTO ledger_postings (posting_id, kind, external_unique_id, tenant_id, request_hash, description, external_id, location, created_ms)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
            """,
            "$1", "$2", "$3", "$4", "$5", "$6", "$7", "$8", "$9");

        public DbCommand InsertEntry { get; } = Prepare(connection,
            "INSERT INTO ledger_entries (posting_id, wallet_id, other_wallet_id, amount, balance_after, currency, created_ms) VALUES ($1, $2, $3, $4, $5, $6, $7)",
            "$1", "$2", "$3", "$4", "$5", "$6", "$7");

        public DbCommand UpdateBalance { get; } = Prepare(connection,
            "UPDATE wallets SET balance = $1, version = version + 1, last_modified_ms = $2 WHERE wallet_id = $3", "$1", "$2", "$3");

        private static DbCommand Prepare(DbConnection connection, string sql, params string[] parameters)
        {
            var command = connection.CreateCommand();
            command.CommandText = sql;
            foreach (var name in parameters)
            {
                var p = command.CreateParameter();
                p.ParameterName = name;
                command.Parameters.Add(p);
            }

            return command;
        }
    }
}
