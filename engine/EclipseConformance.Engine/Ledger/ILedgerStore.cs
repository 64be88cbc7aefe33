using System.Data.Common;

namespace EclipseConformance.Engine.Ledger;

/// <summary>
/// The ledger's reads and writes inside one write transaction. Two implementations, because the fast path differs by
/// store (ADR 0017): SQLite reuses prepared single-row statements on the writer's connection; PostgreSQL sends whole
/// batches as array parameters in one round trip. Wallet rows are locked (PostgreSQL) or already covered by the
/// database write lock (SQLite).
/// </summary>
public interface ILedgerStore
{
    /// <summary>The wallets with these ids, locked for the rest of the transaction unless <paramref name="forUpdate"/> is false.</summary>
    Task<Dictionary<long, WalletState>> LoadWalletsAsync(DbConnection connection, DbTransaction transaction, IReadOnlyCollection<long> walletIds, bool forUpdate, CancellationToken cancellationToken);

    /// <summary>Postings already stored under any of these idempotency keys.</summary>
    Task<Dictionary<(string Kind, string Key), ExistingPosting>> LoadKeysAsync(DbConnection connection, DbTransaction transaction, IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    /// <summary>Writes the batch's applied postings and entries and the touched wallets' new balances; returns the posting ids.</summary>
    Task<long[]> WriteAsync(DbConnection connection, DbTransaction transaction, LedgerBatch batch, IEnumerable<WalletState> wallets, long nowMs, CancellationToken cancellationToken);
}
