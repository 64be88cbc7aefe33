using Microsoft.Extensions.Options;

namespace EclipseConformance.Engine.Withdrawals;

/// <summary>
/// Retries the token registrations and SMSs that the create request could not finish (ADR 0023), on the engine's
/// clock. At start it registers pending tokens again: the ATM network simulator runs in this process and forgot them.
/// </summary>
public sealed partial class WithdrawalDeliveryWorker(
    WithdrawalTaskStore tasks,
    WithdrawalDelivery delivery,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    IOptionsMonitor<WithdrawalsOptions> options,
    ILogger<WithdrawalDeliveryWorker> logger) : WithdrawalLoop(time, lifetime, logger)
{
    protected override async Task StartingAsync(CancellationToken stoppingToken)
    {
        if (await tasks.ReopenRegistrationsAsync(stoppingToken) is > 0 and var reopened)
        {
            LogReopened(logger, reopened);
        }
    }

    protected override async Task<TimeSpan> PassAsync(CancellationToken stoppingToken)
    {
        var o = options.CurrentValue;
        var ran = await delivery.RunDueAsync(stoppingToken);
        return ran >= o.BatchSize ? TimeSpan.Zero : UntilDue(await tasks.NextDueAsync(stoppingToken), o.PollInterval);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Registering {Count} pending withdrawal tokens with the ATM network again")]
    private static partial void LogReopened(ILogger logger, int count);
}
