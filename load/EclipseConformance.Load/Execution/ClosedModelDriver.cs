using System.Runtime.CompilerServices;
using EclipseConformance.Load.Measurement;

namespace EclipseConformance.Load.Execution;

/// <summary>
/// The closed model: a controller keeps the wanted number of loops running (re-evaluated every 100 ms for
/// ramps); each loop runs the scenario back to back. Latency equals service time here: a closed loop
/// cannot know when a request "should" have started, which is why the open model exists.
/// </summary>
internal sealed class ClosedModelDriver(TimeProvider time, ScenarioInvoker invoker, AgentShare agent)
{
    private static readonly TimeSpan ControlPeriod = TimeSpan.FromMilliseconds(100);

    private readonly TimestampConverter _clock = new(time.TimestampFrequency);

    /// <summary>
    /// Runs consecutive closed segments until their end, then returns a task that completes when the loops
    /// have finished their last invocation (the caller drains it with a timeout).
    /// </summary>
    public async Task<Task> RunAsync(
        IReadOnlyList<PlanSegment> span,
        long phaseStart,
        IReadOnlyList<ScenarioContext> loopContexts,
        ScenarioMeter meter,
        CancellationToken cancellationToken)
    {
        var spanEnd = phaseStart + _clock.FromTimeSpan(span[^1].End);
        var target = new StrongBox<int>(0);
        var loops = new Task?[loopContexts.Count];
        while (!cancellationToken.IsCancellationRequested)
        {
            var now = time.GetTimestamp();
            if (now >= spanEnd)
            {
                break;
            }

            var offset = time.Between(phaseStart, now);
            var segment = span.LastOrDefault(s => s.Start <= offset) ?? span[0];
            var wanted = Math.Min(agent.ShareOf(segment.CopiesAt(offset)), loops.Length);
            Volatile.Write(ref target.Value, wanted);
            for (var i = 0; i < wanted; i++)
            {
                if (loops[i] is null || loops[i]!.IsCompleted)
                {
                    var index = i;
                    loops[i] = Task.Run(() => LoopAsync(index, target, spanEnd, loopContexts[index], meter, cancellationToken), CancellationToken.None);
                }
            }

            var next = Math.Min(spanEnd, now + _clock.FromTimeSpan(ControlPeriod));
            if (!await time.DelayUntilAsync(next, cancellationToken))
            {
                break;
            }
        }

        Volatile.Write(ref target.Value, 0);
        return Task.WhenAll(loops.OfType<Task>());
    }

    private async Task LoopAsync(int index, StrongBox<int> target, long end, ScenarioContext context, ScenarioMeter meter, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested && index < Volatile.Read(ref target.Value))
        {
            var start = time.GetTimestamp();
            if (start >= end)
            {
                return;
            }

            meter.OnStarted(start, start);
            await invoker.InvokeAsync(context, start, start, meter);
        }
    }
}
