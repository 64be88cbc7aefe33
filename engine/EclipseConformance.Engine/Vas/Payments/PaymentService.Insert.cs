using System.Data.Common;
using Dapper;
using EclipseConformance.Engine.Errors;
using EclipseConformance.Engine.Ledger;
using EclipseConformance.Engine.Rules;
using EclipseConformance.Engine.Storage;

namespace EclipseConformance.Engine.Vas;

public sealed partial class PaymentService
{
    /// <summary>
    /// Single-POST: the row and the settlement posting commit together. ASYNC answers at once (the processor runs the
    /// pre-vend and vend); SYNC claims the work and drives it before answering (PENDING if it cannot finish now).
    /// </summary>
    private async Task<(ApiError?, Payment?)> CreateSinglePostAsync(Payment draft, CancellationToken cancellationToken)
    {
        var sync = draft.Completion == Completions.Sync;
        var token = runner.NewClaimToken();
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var queued = draft with
        {
            WorkDueMs = now,
            ClaimToken = sync ? token : null,
            ClaimUntilMs = sync ? runner.LeaseUntil() : null,
            Attempts = sync ? 1 : 0,
        };
        var (error, payment) = await InsertAsync(queued, Settle, cancellationToken);
        if (error is not null)
        {
            return (error, null);
        }

        if (!sync)
        {
            signal.Nudge();
            return (null, payment);
        }

        return (null, await runner.DriveAsync(payment!, token, cancellationToken));

        async Task<(ApiError?, Payment)> Settle(DbConnection connection, DbTransaction tx, Payment p)
        {
            var result = await money.SettleAsync(connection, tx, p, cancellationToken);
            return result.Status == PostingStatus.Applied
                ? (null, p with { SettlementPostingId = result.PostingId })
                : (MoneyRefused(result.Status, result.Detail, p), p);
        }
    }

    /// <summary>PENDING flow: the row and the hold commit together; then the submission runs while the request waits.</summary>
    private async Task<(ApiError?, Payment?)> CreatePendingAsync(Payment draft, CancellationToken cancellationToken)
    {
        var token = runner.NewClaimToken();
        var queued = draft with
        {
            WorkDueMs = time.GetUtcNow().ToUnixTimeMilliseconds(),
            ClaimToken = token,
            ClaimUntilMs = runner.LeaseUntil(),
            Attempts = 1,
        };
        var (error, payment) = await InsertAsync(queued, Hold, cancellationToken);
        return error is not null ? (error, null) : (null, await runner.DriveAsync(payment!, token, cancellationToken));

        async Task<(ApiError?, Payment)> Hold(DbConnection connection, DbTransaction tx, Payment p)
        {
            var result = await money.HoldAsync(connection, tx, p, cancellationToken);
            return result.Succeeded ? (null, p with { HoldId = result.HoldId }) : (HoldRefused(result), p);
        }
    }

    /// <summary>
    /// Inserts the payment after the duplicate check (scope from policy <c>conflicts.externalUniqueIdScope</c>), applies its
    /// money step in the same transaction, and commits; any refusal rolls everything back.
    /// </summary>
    private async Task<(ApiError?, Payment?)> InsertAsync(
        Payment draft, Func<DbConnection, DbTransaction, Payment, Task<(ApiError?, Payment)>>? moneyStep, CancellationToken cancellationToken)
    {
        var tenantScope = policies.Current.Conflicts.ExternalUniqueIdScope == ExternalUniqueIdScope.Tenant;
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var tx = await Database.BeginWriteAsync(connection, cancellationToken);
        try
        {
            if (database.Provider == StoreProvider.Postgres)
            {
                // Serialises requests with the same key (across tenants too), so the check below cannot race.
                await connection.ExecuteAsync("SELECT pg_advisory_xact_lock(hashtextextended(@key, 0))", new { key = "vas:" + draft.ExternalUniqueId }, tx);
            }

            if (await PaymentStore.FindByKeyAsync(connection, tx, tenantScope ? draft.TenantId : null, draft.ExternalUniqueId) is { } existing)
            {
                await tx.RollbackAsync(cancellationToken);
                return (Duplicate(draft, existing), null);
            }

            var payment = draft with { PaymentId = await PaymentStore.InsertAsync(connection, tx, draft) };
            if (moneyStep is not null)
            {
                var (refused, moved) = await moneyStep(connection, tx, payment);
                if (refused is not null)
                {
                    await tx.RollbackAsync(cancellationToken);
                    return (refused, null);
                }

                if (!await PaymentStore.UpdateAsync(connection, tx, moved with { Version = 1 }, expectedVersion: 0))
                {
                    throw new InvalidOperationException($"Payment {payment.PaymentId} changed while it was being created");
                }

                payment = moved with { Version = 1 };
            }

            await tx.CommitAsync(cancellationToken);
            return (null, payment);
        }
        catch (DbException ex) when (StoreErrors.IsUniqueViolation(ex))
        {
            await tx.RollbackAsync(CancellationToken.None);
            return (ApiError.Conflict($"externalUniqueId '{draft.ExternalUniqueId}' was already used for another payment"), null);
        }
    }

    private static ApiError Duplicate(Payment draft, Payment existing) => ApiError.Conflict(existing.TenantId == draft.TenantId
        ? $"externalUniqueId '{draft.ExternalUniqueId}' was already used for payment {existing.PaymentId}"
        : $"externalUniqueId '{draft.ExternalUniqueId}' was already used for another payment");

    private static ApiError MoneyRefused(PostingStatus status, string? detail, Payment p) => status switch
    {
        PostingStatus.InsufficientFunds => ApiError.Business($"Insufficient funds in wallet {p.WalletId}"),
        PostingStatus.WalletNotFound or PostingStatus.WalletInactive or PostingStatus.CurrencyMismatch or PostingStatus.SameWallet =>
            ApiError.Business($"The VAS settlement wallets configured for tenant {p.TenantId} cannot take this payment: {detail}"),
        _ => ApiError.Business(detail ?? status.ToString()),
    };

    private static ApiError HoldRefused(HoldResult result) => result.Status == HoldStatus.InsufficientFunds
        ? ApiError.Business(result.Detail ?? "Insufficient funds")
        : ApiError.Business(result.Detail ?? result.Status.ToString());
}
