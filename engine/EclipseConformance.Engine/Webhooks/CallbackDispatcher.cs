using System.Collections.Concurrent;
using System.Data.Common;
using EclipseConformance.Engine.Primitives;
using EclipseConformance.Engine.Storage;
using Microsoft.Extensions.Options;

namespace EclipseConformance.Engine.Webhooks;

/// <summary>
/// Delivers due callbacks (ADR 0010). Once the host has started, it loops: claim up to the free concurrency slots of
/// due callbacks under a lease, start an attempt for each, then park until the next callback falls due, the poll
/// interval passes, or something nudges it (a producer's commit, a finished attempt). All waiting is on the injected
/// <see cref="TimeProvider"/>, so a fake clock drives the schedule exactly. On SQLite, leases left by a dead process
/// are dropped at start; on PostgreSQL they expire and another instance takes the callback over.
/// </summary>
public sealed partial class CallbackDispatcher(
    CallbackStore store,
    CallbackDelivery delivery,
    CallbackSignal signal,
    Database database,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    IOptionsMonitor<WebhooksOptions> options,
    Rules.IPolicies policies,
    ILogger<CallbackDispatcher> logger) : BackgroundService
{
    private readonly ConcurrentDictionary<long, Task> _inFlight = new();
    private int _active;
    private long _scans;

    /// <summary>
    /// True when the dispatcher has nothing running and nothing to react to: it is parked on its timer with no attempt in
    /// flight and no nudge waiting. Tests wait for this before moving the fake clock.
    /// </summary>
    internal bool IsIdle => signal.IsParked && Volatile.Read(ref _active) == 0 && !signal.IsPending;

    /// <summary>How many times the dispatcher has looked for due callbacks.</summary>
    internal long Scans => Interlocked.Read(ref _scans);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!await HostStart.WaitAsync(lifetime, stoppingToken))
        {
            return;
        }

        try
        {
            if (database.Provider == StoreProvider.Sqlite && await store.ReleaseAllClaimsAsync(stoppingToken) is > 0 and var released)
            {
                LogReleased(logger, released);
            }

            while (!stoppingToken.IsCancellationRequested)
            {
                TimeSpan? wait;
                try
                {
                    wait = await ScanAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is DbException or InvalidOperationException or TimeoutException)
                {
                    LogScanFailed(logger, ex);
                    wait = options.CurrentValue.PollInterval;
                }

                Interlocked.Increment(ref _scans);
                await signal.ParkAsync(wait, time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            await Task.WhenAll(_inFlight.Values);
        }
    }

    /// <summary>
    /// Claims and starts what is due; returns how long to park (zero: scan again at once; null: until nudged). Reads
    /// first and claims only when something is due, so an idle dispatcher never takes SQLite's write lock.
    /// </summary>
    private async Task<TimeSpan?> ScanAsync(CancellationToken stoppingToken)
    {
        var o = options.CurrentValue;
        var free = o.MaxConcurrency - _inFlight.Count;
        if (free <= 0)
        {
            return null; // a finishing attempt nudges
        }

        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var nextDue = await store.NextDueAsync(_inFlight.Keys.ToArray(), stoppingToken);
        if (nextDue is null)
        {
            return o.PollInterval;
        }

        if (nextDue.Value > now)
        {
            var untilDue = TimeSpan.FromMilliseconds(nextDue.Value - now);
            return untilDue < o.PollInterval ? untilDue : o.PollInterval;
        }

        var claimed = await store.ClaimDueAsync(
            free, now, now + (long)o.Lease(policies.Current.CallbackRetry).TotalMilliseconds, delivery.InstanceId, delivery.NewClaimToken(), _inFlight.Keys.ToArray(), stoppingToken);
        foreach (var callback in claimed)
        {
            Start(callback, stoppingToken);
        }

        // Look again at once: more may be due, or what was due was just leased by another instance.
        return TimeSpan.Zero;
    }

    private void Start(ClaimedCallback callback, CancellationToken stoppingToken)
    {
        Interlocked.Increment(ref _active);
        var attempt = new Task<Task>(() => RunAsync(callback, stoppingToken));
        _inFlight[callback.CallbackId] = attempt.Unwrap();
        attempt.Start(TaskScheduler.Default);
    }

    private async Task RunAsync(ClaimedCallback callback, CancellationToken stoppingToken)
    {
        try
        {
            await delivery.AttemptAsync(callback, AttemptTrigger.Scheduled, stoppingToken);
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException or IOException or TimeoutException)
        {
            // Nothing recorded: the lease runs out and the callback is attempted again (at least once, never lost).
            LogAttemptFailed(logger, ex, callback.CallbackId);
        }
        finally
        {
            _inFlight.TryRemove(callback.CallbackId, out _);
            signal.Nudge();
            Interlocked.Decrement(ref _active);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Released {Count} callback leases left by a previous run")]
    private static partial void LogReleased(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Looking for due callbacks failed; trying again after the poll interval")]
    private static partial void LogScanFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Callback {CallbackId}: the attempt could not be recorded; it will be attempted again when its lease runs out")]
    private static partial void LogAttemptFailed(ILogger logger, Exception exception, long callbackId);
}
