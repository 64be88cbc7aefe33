using System.Globalization;

namespace EclipseConformance.Load.Progress;

/// <summary>For CI and redirected output: one plain line per scenario every few intervals.</summary>
public sealed class PlainProgressReporter(TextWriter writer, int everyNthInterval = 5) : IProgressReporter
{
    private int _count;

    public void Start(string runName) => writer.WriteLine($"load: {runName} started");

    public void Report(ProgressSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (++_count % Math.Max(1, everyNthInterval) != 0)
        {
            return;
        }

        foreach (var s in snapshot.Scenarios)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"load: [{snapshot.Phase} {snapshot.Elapsed.TotalSeconds:F0}/{snapshot.Planned.TotalSeconds:F0}s] {s.Name}: {s.RequestsPerSecond:F0} req/s, in flight {s.InFlight}, ok {s.Ok}, failed {s.Failed}, dropped {s.Dropped}, late {s.Late}, p50 {s.P50Ms:F2} ms, p99 {s.P99Ms:F2} ms"));
        }
    }

    public Task StopAsync() => Task.CompletedTask;
}
