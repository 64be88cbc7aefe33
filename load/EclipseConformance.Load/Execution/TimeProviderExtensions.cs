namespace EclipseConformance.Load.Execution;

internal static class TimeProviderExtensions
{
    public static TimeSpan Between(this TimeProvider time, long fromTimestamp, long toTimestamp) =>
        TimeSpan.FromSeconds((double)(toTimestamp - fromTimestamp) / time.TimestampFrequency);

    /// <summary>Waits until the timestamp; false when cancelled first.</summary>
    public static async Task<bool> DelayUntilAsync(this TimeProvider time, long timestamp, CancellationToken cancellationToken)
    {
        var now = time.GetTimestamp();
        if (timestamp <= now)
        {
            return !cancellationToken.IsCancellationRequested;
        }

        try
        {
            await Task.Delay(time.Between(now, timestamp), time, cancellationToken);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
