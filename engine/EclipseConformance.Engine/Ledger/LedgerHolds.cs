using System.Data.Common;
using Dapper;

namespace EclipseConformance.Engine.Ledger;

/// <summary>
/// Reservations (holds) on wallets, for withdrawals and multi-step payments: placing one reserves available funds
/// (available = balance − reserved); releasing gives them back; capturing releases the hold and applies the
/// settlement posting — all inside the CALLER's write transaction, next to the state change that causes it, with
/// the wallet row locked exactly as the posting engine locks it (ADR 0017). A hold closes once.
/// </summary>
public sealed class LedgerHolds(PostingEngine postings, TimeProvider time)
{
    public const string Held = "HELD";
    public const string Released = "RELEASED";
    public const string Captured = "CAPTURED";

    public async Task<HoldResult> PlaceAsync(
        DbConnection connection, DbTransaction transaction, long walletId, long amountNanos, string kind, string reference, PostingAuthority authority,
        CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(amountNanos);
        var wallets = await postings.Store.LoadWalletsAsync(connection, transaction, [walletId], forUpdate: true, cancellationToken);
        if (!wallets.TryGetValue(walletId, out var wallet))
        {
            return new HoldResult(HoldStatus.WalletNotFound, Detail: $"Wallet {walletId} not found");
        }

        if (wallet.Status != Wallets.WalletStatus.Active)
        {
            return new HoldResult(HoldStatus.WalletInactive, Detail: $"Wallet {walletId} is {wallet.Status}");
        }

        if (!authority.MayDebit(wallet))
        {
            return new HoldResult(HoldStatus.NotAllowed, Detail: $"Not allowed to reserve funds on wallet {walletId}");
        }

        if (wallet.Available < amountNanos)
        {
            return new HoldResult(HoldStatus.InsufficientFunds, Detail: $"Insufficient funds in wallet {walletId}");
        }

        var id = await connection.ExecuteScalarAsync<long?>(
            """
            INSERT INTO ledger_holds (wallet_id, amount, currency, status, kind, reference, created_ms)
            VALUES (@walletId, @amountNanos, @currency, 'HELD', @kind, @reference, @now)
            ON CONFLICT (kind, reference) DO NOTHING
            RETURNING hold_id
            """,
            new { walletId, amountNanos, currency = wallet.Currency, kind, reference, now = time.GetUtcNow().ToUnixTimeMilliseconds() },
            transaction);
        if (id is null)
        {
            return new HoldResult(HoldStatus.DuplicateReference, Detail: $"A {kind} hold for '{reference}' already exists");
        }

        await AdjustReservedAsync(connection, transaction, walletId, amountNanos);
        return new HoldResult(HoldStatus.Ok, id.Value);
    }

    public async Task<HoldResult> ReleaseAsync(DbConnection connection, DbTransaction transaction, long holdId, CancellationToken cancellationToken)
    {
        var (status, hold) = await OpenHoldAsync(connection, transaction, holdId, cancellationToken);
        if (hold is null)
        {
            return new HoldResult(status, holdId);
        }

        await CloseAsync(connection, transaction, hold, Released, null);
        return new HoldResult(HoldStatus.Ok, holdId);
    }

    /// <summary>
    /// Releases the hold and applies <paramref name="settlement"/> (which normally debits the held wallet) in the same
    /// transaction. If the settlement is refused nothing is changed and the caller should roll back.
    /// </summary>
    public async Task<HoldResult> CaptureAsync(
        DbConnection connection, DbTransaction transaction, long holdId, PostingRequest settlement, CancellationToken cancellationToken)
    {
        var (status, hold) = await OpenHoldAsync(connection, transaction, holdId, cancellationToken);
        if (hold is null)
        {
            return new HoldResult(status, holdId);
        }

        await AdjustReservedAsync(connection, transaction, hold.WalletId, -hold.Amount);
        var result = (await postings.ApplyAsync(connection, transaction, [settlement], cancellationToken))[0];
        if (result.Status != PostingStatus.Applied && result.Status != PostingStatus.Replayed)
        {
            await AdjustReservedAsync(connection, transaction, hold.WalletId, hold.Amount);
            return new HoldResult(HoldStatus.SettlementRefused, holdId, Detail: $"{result.Status}: {result.Detail}");
        }

        await connection.ExecuteAsync(
            "UPDATE ledger_holds SET status = 'CAPTURED', closed_ms = @now, capture_posting = @posting WHERE hold_id = @holdId",
            new { holdId, now = time.GetUtcNow().ToUnixTimeMilliseconds(), posting = result.PostingId },
            transaction);
        return new HoldResult(HoldStatus.Ok, holdId, result.PostingId);
    }

    public static Task<Hold?> FindAsync(DbConnection connection, DbTransaction? transaction, long holdId) =>
        connection.QuerySingleOrDefaultAsync<Hold>(
            """
            SELECT hold_id AS HoldId, wallet_id AS WalletId, amount AS Amount, currency AS Currency, status AS Status, kind AS Kind,
                   reference AS Reference, created_ms AS CreatedMs, closed_ms AS ClosedMs
            FROM ledger_holds WHERE hold_id = @holdId
            """,
            new { holdId },
            transaction);

    private async Task<(HoldStatus Status, Hold? Hold)> OpenHoldAsync(DbConnection connection, DbTransaction transaction, long holdId, CancellationToken cancellationToken)
    {
        var hold = await FindAsync(connection, transaction, holdId);
        if (hold is null)
        {
            return (HoldStatus.HoldNotFound, null);
        }

        // Lock the wallet row first (as every ledger write does), then re-read the hold under that lock.
        await postings.Store.LoadWalletsAsync(connection, transaction, [hold.WalletId], forUpdate: true, cancellationToken);
        hold = await FindAsync(connection, transaction, holdId);
        return hold!.Status == Held ? (HoldStatus.Ok, hold) : (HoldStatus.HoldClosed, null);
    }

    private async Task CloseAsync(DbConnection connection, DbTransaction transaction, Hold hold, string status, long? postingId)
    {
        await AdjustReservedAsync(connection, transaction, hold.WalletId, -hold.Amount);
        await connection.ExecuteAsync(
            "UPDATE ledger_holds SET status = @status, closed_ms = @now, capture_posting = @postingId WHERE hold_id = @holdId",
            new { holdId = hold.HoldId, status, postingId, now = time.GetUtcNow().ToUnixTimeMilliseconds() },
            transaction);
    }

    private Task<int> AdjustReservedAsync(DbConnection connection, DbTransaction transaction, long walletId, long delta) =>
        connection.ExecuteAsync(
            "UPDATE wallets SET reserved = reserved + @delta, version = version + 1, last_modified_ms = @now WHERE wallet_id = @walletId",
            new { walletId, delta, now = time.GetUtcNow().ToUnixTimeMilliseconds() },
            transaction);
}
