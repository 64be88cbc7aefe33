using EclipseConformance.Load.Measurement;

namespace EclipseConformance.Load.Execution;

/// <summary>
/// The open model's dispatcher. Each arrival has an intended start from the schedule; it starts on a free
/// worker slot at (or as soon as possible after) that time, and its latency is measured from the intended
/// start, so a stalled target inflates the latency of every request that should have been sent meanwhile
/// (coordinated-omission correction). An arrival that cannot start within <see cref="RunSettings.MaxLag"/>
/// is dropped and counted, never silently skipped.
/// </summary>
internal sealed class OpenModelDriver(TimeProvider time, ScenarioInvoker invoker, RunSettings settings, IScheduleWaiter waiter)
{
    private readonly TimestampConverter _clock = new(time.TimestampFrequency);

    public async Task RunAsync(
        IEnumerable<long> intendedTimestamps,
        SlotPool pool,
        IReadOnlyList<ScenarioContext> slotContexts,
        ScenarioMeter meter,
        CancellationToken cancellationToken)
    {
        var maxLag = _clock.FromTimeSpan(settings.MaxLag);
        foreach (var intended in intendedTimestamps)
        {
            if (!await waiter.WaitUntilAsync(intended, cancellationToken))
            {
                return;
            }

            var now = time.GetTimestamp();
            if (now - intended > maxLag)
            {
                meter.OnDropped(DropReason.BehindSchedule);
                continue;
            }

            if (!pool.TryAcquire(out var slot))
            {
                slot = await pool.AcquireAsync(time.Between(now, intended + maxLag), time, cancellationToken);
                if (slot < 0)
                {
                    if (cancellationToken.IsCancellationRequested)
                    {
                        return;
                    }

                    meter.OnDropped(DropReason.NoFreeWorker);
                    continue;
                }
            }

            var start = time.GetTimestamp();
            meter.OnStarted(intended, start);
            Start(pool, slot, slotContexts[slot], intended, start, meter);
        }
    }

    /// <summary>Waits until every slot is free again (all requests finished); false on timeout.</summary>
    public async Task<bool> DrainAsync(SlotPool pool, TimeSpan timeout)
    {
        var deadline = time.GetTimestamp() + _clock.FromTimeSpan(timeout);
        var held = new List<int>(pool.Size);
        try
        {
            for (var i = 0; i < pool.Size; i++)
            {
                var slot = await pool.AcquireAsync(time.Between(time.GetTimestamp(), deadline), time, CancellationToken.None);
                if (slot < 0)
                {
                    return false;
                }

                held.Add(slot);
            }

            return true;
        }
        finally
        {
            foreach (var slot in held)
            {
                pool.Release(slot);
            }
        }
    }

    // The request's own awaits must not capture the dispatcher thread's context (they would all queue behind it).
    private void Start(SlotPool pool, int slot, ScenarioContext context, long intended, long start, ScenarioMeter meter)
    {
        var dispatcherContext = SynchronizationContext.Current;
        if (dispatcherContext is null)
        {
            _ = RunOneAsync(pool, slot, context, intended, start, meter);
            return;
        }

        SynchronizationContext.SetSynchronizationContext(null);
        try
        {
            _ = RunOneAsync(pool, slot, context, intended, start, meter);
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(dispatcherContext);
        }
    }

    private async Task RunOneAsync(SlotPool pool, int slot, ScenarioContext context, long intended, long start, ScenarioMeter meter)
    {
        try
        {
            await invoker.InvokeAsync(context, intended, start, meter);
        }
        finally
        {
            pool.Release(slot);
        }
    }
}
