using System.Data.Common;
using EclipseConformance.Engine.Primitives;

namespace EclipseConformance.Engine.Withdrawals;

/// <summary>
/// A background loop on the engine's clock: once the host has started, run a pass, then park until the pass's next
/// due time (at most the poll interval) or a nudge. A manual virtual clock therefore drives it exactly: nothing is due
/// until the test moves the clock. <see cref="IsIdle"/> lets tests wait until it has parked.
/// </summary>
public abstract partial class WithdrawalLoop(TimeProvider time, IHostApplicationLifetime lifetime, ILogger logger) : BackgroundService
{
    private readonly LoopSignal _signal = new();

    protected TimeProvider Time => time;

    /// <summary>Parked, with no nudge waiting.</summary>
    internal bool IsIdle => _signal.IsParked && !_signal.IsPending;

    /// <summary>Wakes the loop now (cheap, never blocks).</summary>
    public void Nudge() => _signal.Nudge();

    /// <summary>One pass; returns how long to park (zero: run another pass at once).</summary>
    protected abstract Task<TimeSpan> PassAsync(CancellationToken stoppingToken);

    protected virtual Task StartingAsync(CancellationToken stoppingToken) => Task.CompletedTask;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!await HostStart.WaitAsync(lifetime, stoppingToken))
        {
            return;
        }

        try
        {
            await StartingAsync(stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                TimeSpan wait;
                try
                {
                    wait = await PassAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is DbException or InvalidOperationException or TimeoutException or HttpRequestException)
                {
                    LogPassFailed(logger, ex, GetType().Name);
                    wait = TimeSpan.FromSeconds(1);
                }

                if (wait > TimeSpan.Zero)
                {
                    await _signal.ParkAsync(wait, time, stoppingToken);
                    stoppingToken.ThrowIfCancellationRequested();
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>
    /// The wait until <paramref name="nextDueMs"/>, capped by the poll interval. Something due now that the pass did not
    /// take is held by another instance or request: look again after the poll interval rather than spin.
    /// </summary>
    protected TimeSpan UntilDue(long? nextDueMs, TimeSpan pollInterval)
    {
        var until = nextDueMs is { } due ? TimeSpan.FromMilliseconds(due - time.GetUtcNow().ToUnixTimeMilliseconds()) : pollInterval;
        return until <= TimeSpan.Zero || until > pollInterval ? pollInterval : until;
    }

    /// <summary>This loop's own wake-up (each loop instance has one).</summary>
    private sealed class LoopSignal : WakeSignal;

    [LoggerMessage(Level = LogLevel.Error, Message = "{Loop}: a pass failed; trying again shortly")]
    private static partial void LogPassFailed(ILogger logger, Exception exception, string loop);
}
