using System.Data.Common;
using EclipseConformance.Engine.Storage;
using EclipseConformance.Engine.Webhooks;

namespace EclipseConformance.Engine.Ledger;

/// <summary>
/// Applies postings atomically: lock and read the wallets involved, decide every posting in memory in order,
/// write the applied ones with their balanced entries and the wallets' new balances, all in the caller's
/// transaction. Used for one posting (funding, withdrawals, VAS settlement) and for group-committed batches of
/// transfers alike. Applied postings that touch a wallet of a type with a wallet-movement webhook enqueue their
/// notifications in the same transaction (<see cref="WalletMovementNotifier"/>).
/// </summary>
public sealed class PostingEngine(Database database, ILedgerStore store, TimeProvider time, WalletMovementNotifier notifier)
{
    public SqlDialect Sql => database.Sql;

    public ILedgerStore Store => store;

    /// <summary>Decides and writes a batch inside an open write transaction; the caller commits.</summary>
    public async Task<PostingResult[]> ApplyAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<PostingRequest> batch, CancellationToken cancellationToken)
    {
        var walletIds = new HashSet<long>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var request in batch)
        {
            foreach (var leg in request.Legs)
            {
                walletIds.Add(leg.WalletId);
            }

            if (request.ExternalUniqueId is { } key)
            {
                keys.Add(key);
            }
        }

        var wallets = await store.LoadWalletsAsync(connection, transaction, walletIds, forUpdate: true, cancellationToken);
        var existing = await store.LoadKeysAsync(connection, transaction, keys, cancellationToken);
        var decided = new LedgerBatch(wallets, existing);
        var results = new PostingResult[batch.Count];
        for (var i = 0; i < batch.Count; i++)
        {
            results[i] = decided.Decide(i, batch[i]);
        }

        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var ids = await store.WriteAsync(connection, transaction, decided, wallets.Values, now, cancellationToken);
        var appliedByKey = new Dictionary<(string, string), (long Id, long Created)>();
        for (var i = 0; i < ids.Length; i++)
        {
            var (index, request, _) = decided.Applied[i];
            results[index] = results[index] with { PostingId = ids[i], CreatedMs = now };
            if (request.ExternalUniqueId is { } key)
            {
                appliedByKey[(request.Kind, key)] = (ids[i], now);
            }
        }

        await notifier.EnqueueAsync(connection, transaction, decided, wallets, ids, now, cancellationToken);

        // A replay of a posting applied earlier in this same batch learns its id now.
        for (var i = 0; i < results.Length; i++)
        {
            if (results[i] is { Status: PostingStatus.Replayed, PostingId: 0 } && batch[i].ExternalUniqueId is { } key
                && appliedByKey.TryGetValue((batch[i].Kind, key), out var first))
            {
                results[i] = results[i] with { PostingId = first.Id, CreatedMs = first.Created };
            }
        }

        return results;
    }

    /// <summary>
    /// Decides a posting without writing anything (<c>onlyCheck</c>): the same checks, against the wallets as they are
    /// now, in a transaction that is rolled back.
    /// </summary>
    public async Task<PostingResult> CheckAsync(PostingRequest request, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var wallets = await store.LoadWalletsAsync(connection, transaction, request.Legs.Select(l => l.WalletId).ToHashSet(), forUpdate: false, cancellationToken);
        var keys = request.ExternalUniqueId is { } key ? new[] { key } : [];
        var existing = await store.LoadKeysAsync(connection, transaction, keys, cancellationToken);
        var result = new LedgerBatch(wallets, existing).Decide(0, request);
        await transaction.RollbackAsync(cancellationToken);
        return result;
    }

    /// <summary>Applies one posting in its own transaction (retrying once if another instance raced the same key).</summary>
    public async Task<PostingResult> ApplyOneAsync(PostingRequest request, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            await using var transaction = await Database.BeginWriteAsync(connection, cancellationToken);
            try
            {
                var result = (await ApplyAsync(connection, transaction, [request], cancellationToken))[0];
                await transaction.CommitAsync(cancellationToken);
                return result;
            }
            catch (DbException ex) when (attempt == 0 && StoreErrors.IsUniqueViolation(ex))
            {
                await transaction.RollbackAsync(cancellationToken);
            }
        }
    }
}
