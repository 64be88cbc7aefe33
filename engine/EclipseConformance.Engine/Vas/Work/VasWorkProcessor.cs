using System.Collections.Concurrent;
using System.Data.Common;
using EclipseConformance.Engine.Primitives;
using EclipseConformance.Engine.Storage;
using Microsoft.Extensions.Options;

namespace EclipseConformance.Engine.Vas;

/// <summary>
/// The durable work queue's consumer (ADR 0025). Once the host has started it loops: find payments whose work is due
/// (and not leased), claim and drive up to <see cref="VasOptions.MaxConcurrency"/> of them, then park until the next
/// one falls due, the poll interval passes, or a commit nudges it. All waiting is on the injected clock. A payment
/// accepted just before a crash is still queued in the store, so it completes after the restart.
/// </summary>
public sealed partial class VasWorkProcessor(
    PaymentStore store,
    VasWorkRunner runner,
    VasWorkSignal signal,
    Database database,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    IOptionsMonitor<VasOptions> options,
    ILogger<VasWorkProcessor> logger) : BackgroundService
{
    private readonly ConcurrentDictionary<long, Task> _inFlight = new();

    /// <summary>True when parked with nothing in flight and no nudge waiting (tests wait for this before moving a fake clock).</summary>
    internal bool IsIdle => signal.IsParked && _inFlight.IsEmpty && !signal.IsPending;

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

    private async Task<TimeSpan?> ScanAsync(CancellationToken stoppingToken)
    {
        var o = options.CurrentValue;
        var free = o.MaxConcurrency - _inFlight.Count;
        if (free <= 0)
        {
            return null; // a finishing run nudges
        }

        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var due = (await store.DueAsync(now, free + _inFlight.Count, stoppingToken)).Where(id => !_inFlight.ContainsKey(id)).Take(free).ToList();
        foreach (var id in due)
        {
            Start(id, stoppingToken);
        }

        if (due.Count > 0)
        {
            return TimeSpan.Zero;
        }

        var next = await store.NextDueAsync(stoppingToken);
        if (next is null)
        {
            return o.PollInterval;
        }

        var untilDue = TimeSpan.FromMilliseconds(Math.Max(0, next.Value - now));
        return untilDue == TimeSpan.Zero ? o.PollInterval : untilDue < o.PollInterval ? untilDue : o.PollInterval;
    }

    private void Start(long paymentId, CancellationToken stoppingToken)
    {
        var run = new Task<Task>(() => RunAsync(paymentId, stoppingToken));
        _inFlight[paymentId] = run.Unwrap();
        run.Start(TaskScheduler.Default);
    }

    private async Task RunAsync(long paymentId, CancellationToken stoppingToken)
    {
        try
        {
            await runner.TryRunAsync(paymentId, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException or IOException or TimeoutException or HttpRequestException)
        {
            LogRunFailed(logger, ex, paymentId);
            await DeferQuietlyAsync(paymentId);
        }
        finally
        {
            _inFlight.TryRemove(paymentId, out _);
            signal.Nudge();
        }
    }

    private async Task DeferQuietlyAsync(long paymentId)
    {
        try
        {
            var due = time.GetUtcNow() + options.CurrentValue.CheckInterval;
            await store.DeferAsync(paymentId, due.ToUnixTimeMilliseconds(), CancellationToken.None);
        }
        catch (DbException ex)
        {
            LogRunFailed(logger, ex, paymentId);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Released {Count} VAS work leases left by a previous run")]
    private static partial void LogReleased(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Looking for due VAS work failed; trying again after the poll interval")]
    private static partial void LogScanFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Payment {PaymentId}: the step failed; it is retried when its work is due again")]
    private static partial void LogRunFailed(ILogger logger, Exception exception, long paymentId);
}
