using EclipseConformance.Engine.Ledger;
using EclipseConformance.Engine.Storage;
using EclipseConformance.Engine.Webhooks;

namespace EclipseConformance.Engine.Withdrawals;

/// <summary>
/// Moves a pending withdrawal to its final status in ONE write transaction: lock the row, ask the state machine,
/// capture the hold through the ledger (SUCCESSFUL: amount to the tenant's float, fee to its fee wallet) or release it
/// (TIMEOUT, CANCELLED, ERROR), store the status, close open delivery tasks and enqueue the callback with the final
/// object — then commit and nudge the outbox. A refused transition changes nothing.
/// </summary>
public sealed partial class WithdrawalLifecycle(
    Database database, WithdrawalStore store, LedgerHolds holds, CallbackOutbox outbox, TimeProvider time, ILogger<WithdrawalLifecycle> logger)
{
    public async Task<WithdrawalResult> ApplyAsync(long withdrawalId, WithdrawalTrigger trigger, TransitionRequest request, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var tx = await Database.BeginWriteAsync(connection, cancellationToken);
        var w = await store.FindAsync(connection, tx, withdrawalId, forUpdate: true);
        if (w is null)
        {
            return new WithdrawalResult(WithdrawalOutcome.NotFound, Detail: "Withdrawal");
        }

        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        if (trigger == WithdrawalTrigger.Redeem && Mismatch(w, request) is { } mismatch)
        {
            return new WithdrawalResult(WithdrawalOutcome.TokenMismatch, w, mismatch);
        }

        var guards = new WithdrawalGuards(w.IsToken, w.ExpiresMs is { } expires && now >= expires);
        var (next, refusal) = WithdrawalStateMachine.Decide(w.State, trigger, guards);
        if (next is not { } status)
        {
            return new WithdrawalResult(WithdrawalOutcome.IllegalTransition, w, $"Withdrawal {w.WithdrawalId} cannot be {Verb(trigger)}: {refusal}");
        }

        var ledger = status == WithdrawalStatus.Successful
            ? await holds.CaptureAsync(connection, tx, w.HoldId!.Value, Settlement(w), cancellationToken)
            : await holds.ReleaseAsync(connection, tx, w.HoldId!.Value, cancellationToken);
        if (!ledger.Succeeded)
        {
            LogLedgerRefused(logger, w.WithdrawalId, ledger.Status, ledger.Detail);
            return new WithdrawalResult(WithdrawalOutcome.LedgerRefused, w, $"The ledger refused the {(status == WithdrawalStatus.Successful ? "capture" : "release")}: {ledger.Status}");
        }

        var errorDescription = status == WithdrawalStatus.Error ? request.ErrorDescription ?? "The withdrawal failed" : null;
        if (!await WithdrawalStore.FinishAsync(connection, tx, w.WithdrawalId, w.Version, status, errorDescription, now))
        {
            throw new InvalidOperationException($"Withdrawal {w.WithdrawalId} changed under its row lock");
        }

        await WithdrawalTaskStore.CancelOpenAsync(connection, tx, w.WithdrawalId, now);
        if (request.AlsoInTransaction is { } also)
        {
            await also(connection, tx);
        }

        var final = (await store.FindAsync(connection, tx, w.WithdrawalId, forUpdate: false))!;
        if (final.CallbackUrl is { } url)
        {
            await outbox.EnqueueAsync(
                connection, tx, new CallbackMessage(final.TenantId, url, WithdrawalJson.Serialize(final), "WITHDRAWAL", final.WithdrawalId.ToString(System.Globalization.CultureInfo.InvariantCulture)), cancellationToken);
        }

        await tx.CommitAsync(cancellationToken);
        if (final.CallbackUrl is not null)
        {
            outbox.Nudge();
        }

        LogFinished(logger, final.WithdrawalId, final.Status);
        return new WithdrawalResult(WithdrawalOutcome.Transitioned, final);
    }

    /// <summary>The settlement of a successful withdrawal: amount + fee leave the wallet; the amount to the float, the fee to the fee wallet.</summary>
    public static PostingRequest Settlement(Withdrawal w)
    {
        List<PostingLeg> legs = [new(w.WalletId, -(w.Amount + w.Fee)), new(w.SettlementWalletId, w.Amount)];
        if (w.Fee > 0)
        {
            legs.Add(new PostingLeg(w.FeeWalletId ?? w.SettlementWalletId, w.Fee));
        }

        return new PostingRequest(
            PostingKind.Withdrawal, w.ExternalUniqueId, null, w.TenantId, legs, PostingAuthority.System, w.Description ?? $"Withdrawal {w.WithdrawalId} ({w.Type})");
    }

    private static string? Mismatch(Withdrawal w, TransitionRequest request)
    {
        if (request.Token is not null && !string.Equals(request.Token, w.Token, StringComparison.Ordinal))
        {
            return "The token does not match the withdrawal";
        }

        if (request.Phone is not null && w.DeliverToPhone is not null
            && (!WithdrawalPhones.TryNormalise(request.Phone, w.Currency, out var phone) || phone != w.DeliverToPhone))
        {
            return "The phone does not match the withdrawal";
        }

        return null;
    }

    private static string Verb(WithdrawalTrigger trigger) => trigger switch
    {
        WithdrawalTrigger.Redeem => "redeemed",
        WithdrawalTrigger.Settle => "settled",
        WithdrawalTrigger.Expire => "expired",
        WithdrawalTrigger.Cancel => "cancelled",
        _ => "failed",
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Withdrawal {WithdrawalId} is {Status}")]
    private static partial void LogFinished(ILogger logger, long withdrawalId, string status);

    [LoggerMessage(Level = LogLevel.Error, Message = "Withdrawal {WithdrawalId}: the ledger refused the hold operation ({Status}: {Detail})")]
    private static partial void LogLedgerRefused(ILogger logger, long withdrawalId, HoldStatus status, string? detail);
}
