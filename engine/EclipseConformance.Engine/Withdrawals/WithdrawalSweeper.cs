using Microsoft.Extensions.Options;

namespace EclipseConformance.Engine.Withdrawals;

/// <summary>
/// Times withdrawals out and settles bank payouts on the engine's clock: every pending withdrawal whose due time has
/// come gets Expire (a cash token: TIMEOUT, money released) or Settle (a bank payout: SUCCESSFUL, money out).
/// </summary>
public sealed partial class WithdrawalSweeper(
    WithdrawalStore store,
    WithdrawalLifecycle lifecycle,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    IOptionsMonitor<WithdrawalsOptions> options,
    ILogger<WithdrawalSweeper> logger) : WithdrawalLoop(time, lifetime, logger)
{
    protected override async Task<TimeSpan> PassAsync(CancellationToken stoppingToken)
    {
        var o = options.CurrentValue;
        var due = await store.DueAsync(Time.GetUtcNow().ToUnixTimeMilliseconds(), o.BatchSize, stoppingToken);
        foreach (var id in due)
        {
            var w = await store.FindAsync(id, stoppingToken);
            if (w is null || w.State != WithdrawalStatus.Pending)
            {
                continue;
            }

            var result = await lifecycle.ApplyAsync(id, w.IsToken ? WithdrawalTrigger.Expire : WithdrawalTrigger.Settle, TransitionRequest.None, stoppingToken);
            if (!result.Succeeded)
            {
                LogNotSwept(logger, id, result.Outcome, result.Detail);
            }
        }

        return due.Count >= o.BatchSize ? TimeSpan.Zero : UntilDue(await store.NextDueAsync(stoppingToken), o.PollInterval);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Withdrawal {WithdrawalId} was not swept: {Outcome} {Detail}")]
    private static partial void LogNotSwept(ILogger logger, long withdrawalId, WithdrawalOutcome outcome, string? detail);
}
