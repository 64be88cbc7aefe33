namespace EclipseConformance.Load.Execution;

/// <summary>Waits with the clock's own timers; exact under a fake clock.</summary>
internal sealed class TimerScheduleWaiter(TimeProvider time) : IScheduleWaiter
{
    public async ValueTask<bool> WaitUntilAsync(long timestamp, CancellationToken cancellationToken) =>
        await time.DelayUntilAsync(timestamp, cancellationToken);
}
