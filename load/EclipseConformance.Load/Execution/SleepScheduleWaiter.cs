namespace EclipseConformance.Load.Execution;

/// <summary>
/// Blocks the calling (dedicated dispatcher) thread until the timestamp with 1 ms sleeps: a start is at most
/// about a millisecond late on an idle machine, and arrivals due meanwhile are dispatched in one burst.
/// </summary>
internal sealed class SleepScheduleWaiter(TimeProvider time) : IScheduleWaiter
{
    private static readonly TimeSpan LongestSleep = TimeSpan.FromMilliseconds(50);

    public ValueTask<bool> WaitUntilAsync(long timestamp, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            var remaining = time.Between(time.GetTimestamp(), timestamp);
            if (remaining <= TimeSpan.Zero)
            {
                return ValueTask.FromResult(true);
            }

            if (remaining > TimeSpan.FromMilliseconds(2))
            {
                var sleep = remaining - TimeSpan.FromMilliseconds(1);
                cancellationToken.WaitHandle.WaitOne(sleep < LongestSleep ? sleep : LongestSleep);
            }
            else
            {
                Thread.Sleep(1);
            }
        }

        return ValueTask.FromResult(false);
    }
}
