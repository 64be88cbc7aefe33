using EclipseConformance.Engine.Storage;
using EclipseConformance.Engine.Webhooks;

namespace EclipseConformance.Engine.Vas;

/// <summary>
/// Writes a decided transition in ONE transaction: the payment row (only while the run still holds its claim), the
/// money effect (reversal, capture or release) and, when the payment reaches a terminal state with a callbackUrl, its
/// callback in the webhooks outbox. Rolled back as a whole; the outbox is nudged after the commit.
/// </summary>
public sealed partial class VasTransitions(
    Database database, PaymentStore store, VasMoney money, VasFlowDrivers drivers, PaymentResponses responses, CallbackOutbox outbox, TimeProvider time,
    ILogger<VasTransitions> logger)
{
    /// <summary>The payment after the transition, or null when the run lost its claim (nothing written).</summary>
    public async Task<Payment?> ApplyAsync(Payment claimed, VasTransition transition, string claimToken, TimeSpan lease, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var tx = await Database.BeginWriteAsync(connection, cancellationToken);
        var current = await store.FindAsync(connection, tx, claimed.PaymentId, forUpdate: true);
        if (current is null || current.ClaimToken != claimToken)
        {
            await tx.RollbackAsync(cancellationToken);
            LogLostClaim(logger, claimed.PaymentId);
            return null;
        }

        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var (to, failure, description) = (transition.To, transition.Failure, transition.ErrorDescription);
        var updated = current;
        switch (transition.Money)
        {
            case MoneyEffect.Reverse when current.SettlementPostingId is not null && current.ReversalPostingId is null:
                var reversal = await money.ReverseAsync(connection, tx, current, cancellationToken);
                if (!reversal.Succeeded)
                {
                    throw new InvalidOperationException($"Reversal of payment {current.PaymentId} refused: {reversal.Status} {reversal.Detail}");
                }

                updated = updated with { ReversalPostingId = reversal.PostingId };
                break;
            case MoneyEffect.Capture when current.HoldId is not null:
                var capture = await money.CaptureAsync(connection, tx, current, cancellationToken);
                if (capture.Succeeded)
                {
                    updated = updated with { SettlementPostingId = capture.PostingId };
                    break;
                }

                // The provider delivered but the settlement cannot be booked (e.g. a destination wallet was frozen meanwhile).
                await money.ReleaseAsync(connection, tx, current, cancellationToken);
                (to, failure, description) = (nameof(TwoStepState.Failed), FailureKind.Temporary, $"The settlement could not be booked ({capture.Detail}); the reserved funds were released");
                break;
            case MoneyEffect.Release when current.HoldId is not null:
                await money.ReleaseAsync(connection, tx, current, cancellationToken);
                break;
        }

        var terminal = drivers.For(current).IsTerminal(to);
        var due = transition.NextWorkIn is { } wait && !terminal ? now + (long)wait.TotalMilliseconds : (long?)null;
        var keep = due is not null && due <= now;
        updated = updated with
        {
            State = to,
            Status = drivers.StatusOf(current, to, failure),
            FailureKind = failure?.ToString(),
            ExtraInfo = transition.Step.ExtraInfo ?? current.ExtraInfo,
            ErrorDescription = failure is null ? null : description,
            ProviderState = transition.Step.ProviderState ?? current.ProviderState,
            Attempts = to == transition.From ? current.Attempts : 0,
            Checks = current.Checks + (transition.CountsCheck ? 1 : 0),
            WorkDueMs = due,
            ClaimToken = keep ? claimToken : null,
            ClaimUntilMs = keep ? now + (long)lease.TotalMilliseconds : null,
            Version = current.Version + 1,
            LastModifiedMs = now,
        };
        if (!await PaymentStore.UpdateAsync(connection, tx, updated, current.Version))
        {
            await tx.RollbackAsync(cancellationToken);
            return null;
        }

        var callback = terminal && updated.CallbackUrl is not null;
        if (callback)
        {
            await outbox.EnqueueAsync(connection, tx, new CallbackMessage(updated.TenantId, updated.CallbackUrl!, responses.Json(updated), "PAYMENT",
                updated.PaymentId.ToString(System.Globalization.CultureInfo.InvariantCulture)), cancellationToken);
        }

        await tx.CommitAsync(cancellationToken);
        if (callback)
        {
            outbox.Nudge();
        }

        LogTransition(logger, updated.PaymentId, transition.From, to, updated.Status);
        return updated;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Payment {PaymentId}: {From} -> {To} ({Status})")]
    private static partial void LogTransition(ILogger logger, long paymentId, string from, string to, string status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Payment {PaymentId}: the run lost its claim; the step's result was not written")]
    private static partial void LogLostClaim(ILogger logger, long paymentId);
}
