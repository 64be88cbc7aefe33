using System.Data.Common;
using Npgsql;
using NpgsqlTypes;

namespace EclipseConformance.Engine.Ledger;

/// <summary>
/// PostgreSQL: wallet rows are locked <c>FOR UPDATE</c> in id order (concurrent batches cannot deadlock); a batch's
/// writes go as array parameters (<c>unnest</c>) — postings, entries and the wallets' new balances — in ONE round trip
/// (an <see cref="NpgsqlBatch"/>), after one round trip to allocate the posting ids.
/// </summary>
public sealed class PostgresLedgerStore : ILedgerStore
{
    public async Task<Dictionary<long, WalletState>> LoadWalletsAsync(
        DbConnection connection, DbTransaction transaction, IReadOnlyCollection<long> walletIds, bool forUpdate, CancellationToken cancellationToken)
    {
        if (walletIds.Count == 0)
        {
            return [];
        }

        await using var command = new NpgsqlCommand(
            WalletStateReader.Select + " WHERE w.wallet_id = ANY(@ids) ORDER BY w.wallet_id" + (forUpdate ? " FOR UPDATE OF w" : ""),
            (NpgsqlConnection)connection, (NpgsqlTransaction)transaction);
        command.Parameters.Add(new NpgsqlParameter<long[]>("ids", walletIds.Order().ToArray()));
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

        await using var command = new NpgsqlCommand(
            $"SELECT kind, external_unique_id, posting_id, request_hash, created_ms FROM ledger_postings WHERE kind IN ({PostingKind.SqlList}) AND external_unique_id = ANY(@keys)",
            (NpgsqlConnection)connection, (NpgsqlTransaction)transaction);
        command.Parameters.Add(new NpgsqlParameter<string[]>("keys", keys.ToArray()));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await WalletStateReader.ReadKeysAsync(reader, cancellationToken);
    }

    public async Task<long[]> WriteAsync(
        DbConnection connection, DbTransaction transaction, LedgerBatch batch, IEnumerable<WalletState> wallets, long nowMs, CancellationToken cancellationToken)
    {
        var applied = batch.Applied;
        if (applied.Count == 0)
        {
            return [];
        }

        var npgsql = (NpgsqlConnection)connection;
        var tx = (NpgsqlTransaction)transaction;
        var ids = new long[applied.Count];
        await using (var allocate = new NpgsqlCommand(
            "SELECT nextval(pg_get_serial_sequence('ledger_postings', 'posting_id')) FROM generate_series(1, @n)", npgsql, tx))
        {
            allocate.Parameters.Add(new NpgsqlParameter<int>("n", applied.Count));
            await using var reader = await allocate.ExecuteReaderAsync(cancellationToken);
            for (var i = 0; await reader.ReadAsync(cancellationToken); i++)
            {
                ids[i] = reader.GetInt64(0);
            }
        }

        Array.Sort(ids);
        var entryCount = applied.Sum(a => a.Entries.Length);
        var (ePosting, eWallet, eOther, eAmount, eAfter, eCurrency) = (new long[entryCount], new long[entryCount], new long?[entryCount], new long[entryCount], new long[entryCount], new string[entryCount]);
        var n = 0;
        for (var i = 0; i < applied.Count; i++)
        {
            foreach (var e in applied[i].Entries)
            {
                (ePosting[n], eWallet[n], eOther[n], eAmount[n], eAfter[n], eCurrency[n]) = (ids[i], e.WalletId, e.OtherWalletId, e.Amount, e.BalanceAfter, e.Currency);
                n++;
            }
        }

        var dirty = wallets.Where(w => w.Dirty).ToList();
        await using var write = new NpgsqlBatch(npgsql, tx);
        var postings = new NpgsqlBatchCommand(
            """
            INSERT INTO ledger_postings (posting_id, kind, external_unique_id, tenant_id, request_hash, description, external_id, location, created_ms)
            SELECT p.*, @created FROM unnest(@ids, @kinds, @keys, @tenants, @hashes, @descriptions, @externalIds, @locations)
                AS p(posting_id, kind, external_unique_id, tenant_id, request_hash, description, external_id, location)
            """);
        postings.Parameters.Add(new NpgsqlParameter<long[]>("ids", ids));
        postings.Parameters.Add(new NpgsqlParameter<string[]>("kinds", applied.Select(a => a.Request.Kind).ToArray()));
        postings.Parameters.Add(Text("keys", applied.Select(a => a.Request.ExternalUniqueId)));
        postings.Parameters.Add(new NpgsqlParameter<long[]>("tenants", applied.Select(a => a.Request.TenantId).ToArray()));
        postings.Parameters.Add(Text("hashes", applied.Select(a => a.Request.RequestHash)));
        postings.Parameters.Add(Text("descriptions", applied.Select(a => a.Request.Description)));
        postings.Parameters.Add(Text("externalIds", applied.Select(a => a.Request.ExternalId)));
        postings.Parameters.Add(Text("locations", applied.Select(a => a.Request.Location)));
        postings.Parameters.Add(new NpgsqlParameter<long>("created", nowMs));
        write.BatchCommands.Add(postings);

        var entries = new NpgsqlBatchCommand(
            """
            INSERT INTO ledger_entries (posting_id, wallet_id, other_wallet_id, amount, balance_after, currency, created_ms)
            SELECT e.*, @created FROM unnest(@postings, @wallets, @others, @amounts, @afters, @currencies)
                AS e(posting_id, wallet_id, other_wallet_id, amount, balance_after, currency)
            """);
        entries.Parameters.Add(new NpgsqlParameter<long[]>("postings", ePosting));
        entries.Parameters.Add(new NpgsqlParameter<long[]>("wallets", eWallet));
        entries.Parameters.Add(new NpgsqlParameter("others", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = eOther });
        entries.Parameters.Add(new NpgsqlParameter<long[]>("amounts", eAmount));
        entries.Parameters.Add(new NpgsqlParameter<long[]>("afters", eAfter));
        entries.Parameters.Add(new NpgsqlParameter<string[]>("currencies", eCurrency));
        entries.Parameters.Add(new NpgsqlParameter<long>("created", nowMs));
        write.BatchCommands.Add(entries);

        if (dirty.Count > 0)
        {
            var balances = new NpgsqlBatchCommand(
                """
                UPDATE wallets w SET balance = u.balance, version = w.version + 1, last_modified_ms = @modified
                FROM unnest(@walletIds, @balances) AS u(wallet_id, balance) WHERE w.wallet_id = u.wallet_id
                """);
            balances.Parameters.Add(new NpgsqlParameter<long[]>("walletIds", dirty.Select(w => w.WalletId).ToArray()));
            balances.Parameters.Add(new NpgsqlParameter<long[]>("balances", dirty.Select(w => w.Balance).ToArray()));
            balances.Parameters.Add(new NpgsqlParameter<long>("modified", nowMs));
            write.BatchCommands.Add(balances);
        }

        await write.ExecuteNonQueryAsync(cancellationToken);
        foreach (var wallet in dirty)
        {
            wallet.Dirty = false;
        }

        return ids;
    }

    private static NpgsqlParameter Text(string name, IEnumerable<string?> values) =>
        new(name, NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = values.ToArray() };
}
