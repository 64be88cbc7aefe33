using System.Data.Common;
using System.Globalization;
using EclipseConformance.Engine.Storage;
using Microsoft.Extensions.Options;

namespace EclipseConformance.Engine.Withdrawals;

/// <summary>
/// Runs the after-commit tasks of cash tokens (ADR 0023): REGISTER (the token with the ATM network), then SMS (the
/// token to deliverToPhone). A task is claimed with a lease, attempted, and closed or rescheduled: a refusal, or
/// <see cref="WithdrawalsOptions.DeliveryMaxAttempts"/> failed attempts, moves the withdrawal to ERROR (releasing the
/// money) in the same transaction that closes the task. The create request runs its tasks at once; the
/// <see cref="WithdrawalDeliveryWorker"/> runs whatever is due later.
/// </summary>
public sealed partial class WithdrawalDelivery(
    Database database,
    WithdrawalStore withdrawals,
    WithdrawalTaskStore tasks,
    WithdrawalUpstreams upstreams,
    WithdrawalLifecycle lifecycle,
    TimeProvider time,
    IOptionsMonitor<WithdrawalsOptions> options,
    ILogger<WithdrawalDelivery> logger)
{
    /// <summary>Runs a task the caller claimed in its own transaction (the create request's registration), right after its commit.</summary>
    public async Task RunClaimedAsync(long taskId, CancellationToken cancellationToken)
    {
        if (await tasks.FindAsync(taskId, cancellationToken) is { Status: "PENDING" } task)
        {
            await RunAsync(task, cancellationToken);
        }
    }

    /// <summary>
    /// The create request's attempt right after its commit. An infrastructure failure here must not turn the created
    /// withdrawal into an error answer: it is logged and the task is left to the worker once its claim runs out.
    /// </summary>
    public async Task RunAfterCommitAsync(long taskId, CancellationToken cancellationToken)
    {
        try
        {
            await RunClaimedAsync(taskId, cancellationToken);
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException or TimeoutException)
        {
            LogDeferred(logger, ex, taskId);
        }
    }

    /// <summary>Claims and runs up to a batch of due tasks of any withdrawal; returns how many were due.</summary>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken)
    {
        var o = options.CurrentValue;
        var due = await tasks.DueAsync(o.BatchSize, cancellationToken);
        foreach (var taskId in due)
        {
            if (await tasks.ClaimAsync(taskId, o.DeliveryLease, cancellationToken) is { } task)
            {
                await RunAsync(task, cancellationToken);
            }
        }

        return due.Count;
    }

    private async Task RunAsync(WithdrawalTask task, CancellationToken cancellationToken)
    {
        var o = options.CurrentValue;
        var w = await withdrawals.FindAsync(task.WithdrawalId, cancellationToken);
        if (w is null || w.State != WithdrawalStatus.Pending)
        {
            await CloseAsync(task, "CANCELLED", $"the withdrawal is {w?.Status ?? "gone"}", null, then: null, cancellationToken);
            return;
        }

        var attempt = task.Kind == WithdrawalTask.Register
            ? await upstreams.RegisterAsync(w, cancellationToken)
            : await upstreams.SendSmsAsync(w, cancellationToken);
        var attempts = (int)task.Attempts + 1;
        switch (attempt.Kind)
        {
            case DeliveryAttemptKind.Done:
                long? sms = null;
                await CloseAsync(task, "DONE", attempt.Note, attempt.Result ?? attempt.Note, async (c, t) =>
                {
                    if (task.Kind == WithdrawalTask.Register && w.DeliverToPhone is not null)
                    {
                        var now = time.GetUtcNow();
                        sms = await WithdrawalTaskStore.InsertClaimedAsync(c, t, w.WithdrawalId, WithdrawalTask.Sms, now.ToUnixTimeMilliseconds(), (now + o.DeliveryLease).ToUnixTimeMilliseconds());
                    }
                }, cancellationToken);
                LogDone(logger, w.WithdrawalId, task.Kind);
                if (sms is { } smsTask)
                {
                    await RunClaimedAsync(smsTask, cancellationToken); // the token is registered: SMS it now
                }

                break;
            case DeliveryAttemptKind.Failed when attempts < o.DeliveryMaxAttempts:
                var next = time.GetUtcNow() + o.RetryDelay(attempts);
                await tasks.RescheduleAsync(task.TaskId, next.ToUnixTimeMilliseconds(), attempt.Note, cancellationToken);
                LogRetry(logger, w.WithdrawalId, task.Kind, attempts, attempt.Note);
                break;
            default:
                await FailAsync(w, task, attempt, attempts, cancellationToken);
                break;
        }
    }

    /// <summary>The token cannot reach the network or the phone: ERROR, money released, task closed — one transaction.</summary>
    private async Task FailAsync(Withdrawal w, WithdrawalTask task, DeliveryAttempt attempt, int attempts, CancellationToken cancellationToken)
    {
        var what = task.Kind == WithdrawalTask.Register
            ? $"The {w.Gateway} network did not take the token"
            : $"The token SMS to {WithdrawalPhones.Mask(w.DeliverToPhone ?? "")} could not be delivered";
        var why = attempt.Kind == DeliveryAttemptKind.Refused
            ? attempt.Note
            : string.Create(CultureInfo.InvariantCulture, $"{attempts} attempts failed, the last: {attempt.Note}");
        var description = $"{what}: {why}";
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var result = await lifecycle.ApplyAsync(
            w.WithdrawalId,
            WithdrawalTrigger.Fail,
            new TransitionRequest(ErrorDescription: Cut(description), AlsoInTransaction: (c, t) => WithdrawalTaskStore.CloseAsync(c, t, task.TaskId, "FAILED", attempt.Note, null, now)),
            cancellationToken);
        if (!result.Succeeded)
        {
            await CloseAsync(task, "FAILED", attempt.Note, null, then: null, cancellationToken);
        }

        LogFailed(logger, w.WithdrawalId, task.Kind, attempt.Note);
    }

    private async Task CloseAsync(
        WithdrawalTask task, string status, string note, string? result, Func<DbConnection, DbTransaction, Task>? then, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var tx = await Database.BeginWriteAsync(connection, cancellationToken);
        await WithdrawalTaskStore.CloseAsync(connection, tx, task.TaskId, status, status == "DONE" ? null : note, result, time.GetUtcNow().ToUnixTimeMilliseconds());
        if (then is not null)
        {
            await then(connection, tx);
        }

        await tx.CommitAsync(cancellationToken);
    }

    private static string Cut(string text) => text.Length <= 500 ? text : text[..500] + "…";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Withdrawal task {TaskId} could not run after the commit; the worker retries it when its claim runs out")]
    private static partial void LogDeferred(ILogger logger, Exception exception, long taskId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Withdrawal {WithdrawalId}: {Kind} done")]
    private static partial void LogDone(ILogger logger, long withdrawalId, string kind);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Withdrawal {WithdrawalId}: {Kind} attempt {Attempt} failed ({Reason}); retrying later")]
    private static partial void LogRetry(ILogger logger, long withdrawalId, string kind, int attempt, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Withdrawal {WithdrawalId}: {Kind} failed for good ({Reason}); the withdrawal is ERROR")]
    private static partial void LogFailed(ILogger logger, long withdrawalId, string kind, string reason);
}
