using Microsoft.Extensions.Time.Testing;

namespace EclipseConformance.Load.Tests;

/// <summary>
/// A fake clock that drives the open-model dispatcher deterministically: code is started on a thread without a
/// synchronization context, so every timer continuation runs inside <see cref="FakeTimeProvider.Advance"/>.
/// </summary>
internal sealed class FakeClock
{
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));

    public long Start { get; private set; }

    public long Ticks(double milliseconds) => (long)(milliseconds * Time.TimestampFrequency / 1000.0);

    public double ElapsedMs => (Time.GetTimestamp() - Start) * 1000.0 / Time.TimestampFrequency;

    /// <summary>Runs <paramref name="start"/> up to its first pending await on a context-free thread.</summary>
    public Task Begin(Func<long, Task> start)
    {
        Start = Time.GetTimestamp();
        Task? task = null;
        var thread = new Thread(() => task = start(Start));
        thread.Start();
        thread.Join();
        return task!;
    }

    public void AdvanceBy(double milliseconds, double stepMs = 1)
    {
        for (var done = 0.0; done < milliseconds; done += stepMs)
        {
            Time.Advance(TimeSpan.FromMilliseconds(stepMs));
        }
    }
}
