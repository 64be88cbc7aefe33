using EclipseConformance.Load.Measurement;
using Microsoft.Extensions.Logging;

namespace EclipseConformance.Load.Execution;

/// <summary>Runs one scenario's plan (warm-up or measured) through the open and closed drivers and drains it.</summary>
internal sealed class ScenarioExecutor
{
    private static readonly TimeSpan CancelGrace = TimeSpan.FromSeconds(5);

    private readonly ScenarioProps _props;
    private readonly RunSettings _settings;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly AgentShare _agent;
    private readonly RunControl _control;
    private readonly TimestampConverter _clock;

    public ScenarioExecutor(ScenarioProps props, RunSettings settings, TimeProvider time, ILogger logger, AgentShare agent, RunControl control)
    {
        _props = props;
        _settings = settings;
        _time = time;
        _logger = logger;
        _agent = agent;
        _control = control;
        _clock = new TimestampConverter(time.TimestampFrequency);
        Plan = SimulationPlan.Build(props.LoadSimulations);
        Invoker = new ScenarioInvoker(props.Run, time);
    }

    public IReadOnlyList<PlanSegment> Plan { get; }

    public ScenarioInvoker Invoker { get; }

    public ScenarioInfo Info(int instance) => new(_props.Name, instance, _props.Duration, _agent.Index, _agent.Count);

    public async Task RunPhaseAsync(IReadOnlyList<PlanSegment> plan, long phaseStart, ScenarioMeter meter, bool warmUp)
    {
        using var scenarioStop = CancellationTokenSource.CreateLinkedTokenSource(_control.Token);
        var token = scenarioStop.Token;
        var pool = new SlotPool(_settings.MaxConcurrency);
        var slotContexts = Contexts(plan.Any(s => s.Kind == SegmentKind.Open) ? pool.Size : 0, warmUp, token);
        var maxCopies = plan.Where(s => s.Kind == SegmentKind.Closed).Select(s => Math.Max(s.StartCopies, s.EndCopies)).DefaultIfEmpty(0).Max();
        var loopContexts = Contexts(_agent.ShareOf(maxCopies), warmUp, token);
        var waiter = IScheduleWaiter.For(_time);
        var open = new OpenModelDriver(_time, Invoker, _settings, waiter);
        var closed = new ClosedModelDriver(_time, Invoker, _agent);
        var closedLoops = new List<Task>();

        for (var i = 0; i < plan.Count && !token.IsCancellationRequested;)
        {
            var j = i;
            while (j + 1 < plan.Count && plan[j + 1].Kind == plan[i].Kind)
            {
                j++;
            }

            var span = plan.Skip(i).Take(j - i + 1).ToList();
            var spanEnd = phaseStart + _clock.FromTimeSpan(span[^1].End);
            switch (plan[i].Kind)
            {
                case SegmentKind.Open:
                    var arrivals = ArrivalSchedule.Offsets(span, _agent).Select(seconds => phaseStart + _clock.FromSeconds(seconds));
                    Task Dispatch() => open.RunAsync(arrivals, pool, slotContexts, meter, token);
                    await (waiter is SleepScheduleWaiter ? DedicatedThread.RunAsync($"load-dispatch-{_props.Name}", Dispatch) : Dispatch());
                    break;
                case SegmentKind.Closed:
                    closedLoops.Add(await closed.RunAsync(span, phaseStart, loopContexts, meter, token));
                    break;
            }

            await _time.DelayUntilAsync(spanEnd, token);
            i = j + 1;
        }

        var work = Task.WhenAll(closedLoops.Append(open.DrainAsync(pool, _settings.DrainTimeout + CancelGrace + CancelGrace)));
        if (await CompletesWithinAsync(work, _settings.DrainTimeout))
        {
            return;
        }

        LoadLog.DrainTimedOut(_logger, _props.Name, meter.InFlight, _settings.DrainTimeout);
        await scenarioStop.CancelAsync();
        if (!await CompletesWithinAsync(work, CancelGrace))
        {
            meter.OnAbandoned(meter.InFlight);
        }
    }

    private ScenarioContext[] Contexts(int count, bool warmUp, CancellationToken token) =>
        [.. Enumerable.Range(0, count).Select(i => new ScenarioContext(Info(i), _logger, _control, warmUp, token))];

    private async Task<bool> CompletesWithinAsync(Task task, TimeSpan timeout)
    {
        if (task.IsCompleted)
        {
            return true;
        }

        using var cts = new CancellationTokenSource();
        var winner = await Task.WhenAny(task, Task.Delay(timeout, _time, cts.Token));
        await cts.CancelAsync();
        return winner == task;
    }
}
