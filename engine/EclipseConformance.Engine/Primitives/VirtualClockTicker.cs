using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace EclipseConformance.Engine.Primitives;

/// <summary>In realtime mode, moves the virtual clock forward by the wall-clock time that has passed.</summary>
public sealed class VirtualClockTicker(VirtualClock clock, IOptions<ClockOptions> options) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (clock.Mode != ClockMode.Realtime)
        {
            return;
        }

        // The wall clock is read here (and only here) through a monotonic Stopwatch: this is the composition root's
        // bridge between real and virtual time.
        var last = Stopwatch.GetTimestamp();
        using var timer = new PeriodicTimer(options.Value.Tick, TimeProvider.System);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var now = Stopwatch.GetTimestamp();
            clock.Advance(Stopwatch.GetElapsedTime(last, now));
            last = now;
        }
    }
}
