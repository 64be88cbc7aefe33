namespace EclipseConformance.Load.Execution;

/// <summary>How the open-model dispatcher waits for the next intended start.</summary>
internal interface IScheduleWaiter
{
    /// <summary>Returns when the clock reaches <paramref name="timestamp"/>; false when cancelled first.</summary>
    ValueTask<bool> WaitUntilAsync(long timestamp, CancellationToken cancellationToken);

    /// <summary>
    /// Picks the waiter for a clock: the real clock gets a dedicated dispatcher thread that sleeps (no thread-pool
    /// queueing between a timer and the dispatch); any other clock (a fake one in tests) gets its timers.
    /// </summary>
    static IScheduleWaiter For(TimeProvider time) =>
        ReferenceEquals(time, TimeProvider.System) ? new SleepScheduleWaiter(time) : new TimerScheduleWaiter(time);
}
