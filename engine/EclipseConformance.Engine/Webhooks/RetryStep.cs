namespace EclipseConformance.Engine.Webhooks;

/// <summary>One phase of the retry schedule: <see cref="Count"/> retries, each <see cref="Delay"/> after the previous failure.</summary>
public sealed class RetryStep
{
    public TimeSpan Delay { get; set; }

    public int Count { get; set; } = 1;

    public static RetryStep Of(TimeSpan delay, int count) => new() { Delay = delay, Count = count };
}
