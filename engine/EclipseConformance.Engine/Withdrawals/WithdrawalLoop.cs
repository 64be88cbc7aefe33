using System.Data.Common;
using System.Threading.Channels;

namespace EclipseConformance.Engine.Withdrawals;

/// <summary>
/// A background loop on the engine's clock: once the host has started, run a pass, then park until the pass's next
/// due time (at most the poll interval) or a nudge. A manual virtual clock therefore drives it exactly: nothing is due
/// until the test moves the clock. <see cref="IsIdle"/> lets tests wait until it has parked.
/// </summary>
public abstract partial class WithdrawalLoop(TimeProvider time, IHostApplicationLifetime lifetime, ILogger logger) : BackgroundService
{
    private readonly Channel<bool> _signal = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });
    private volatile bool _parked;

    protected TimeProvider Time => time;

    /// <summary>Parked, with no nudge waiting.</summary>
    internal bool IsIdle => _parked && _signal.Reader.Count == 0;

    /// <summary>Wakes the loop now (cheap, never blocks).</summary>
    public void Nudge() => _signal.Writer.TryWrite(true);

    /// <summary>One pass; returns how long to park (zero: run another pass at once).</summary>
    protected abstract Task<TimeSpan> PassAsync(CancellationToken stoppingToken);

    protected virtual Task StartingAsync(CancellationToken stoppingToken) => Task.CompletedTask;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        using (stoppingToken.Register(() => started.TrySetCanceled(stoppingToken)))
        {
            try
            {
                await started.Task;
            }
            catch (OperationCanceledException)
            {
                return;
            }
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
                    await ParkAsync(wait, stoppingToken);
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

    private async Task ParkAsync(TimeSpan wait, CancellationToken stoppingToken)
    {
        using var wake = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var timer = Task.Delay(wait, time, wake.Token);
        var nudged = _signal.Reader.WaitToReadAsync(wake.Token).AsTask();
        _parked = true;
        await Task.WhenAny(timer, nudged);
        _parked = false;
        while (_signal.Reader.TryRead(out _))
        {
        }

        await wake.CancelAsync();
        stoppingToken.ThrowIfCancellationRequested();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Loop}: a pass failed; trying again shortly")]
    private static partial void LogPassFailed(ILogger logger, Exception exception, string loop);
}
