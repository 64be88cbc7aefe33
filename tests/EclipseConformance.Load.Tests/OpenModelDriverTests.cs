using EclipseConformance.Load.Execution;
using EclipseConformance.Load.Measurement;
using HdrHistogram;
using Microsoft.Extensions.Logging.Abstractions;

namespace EclipseConformance.Load.Tests;

public sealed class OpenModelDriverTests
{
    private readonly FakeClock _clock = new();

    [Fact]
    public async Task Requests_start_at_their_intended_times_from_the_schedule()
    {
        var starts = new List<double>();
        var meter = NewMeter();
        var run = Start(10, TimeSpan.FromSeconds(1), slots: 4, meter, async _ =>
        {
            starts.Add(_clock.ElapsedMs);
            await Task.Delay(TimeSpan.FromMilliseconds(5), _clock.Time);
            return Response.Ok();
        });

        _clock.AdvanceBy(1100);
        await run;

        starts.Should().Equal(0, 100, 200, 300, 400, 500, 600, 700, 800, 900);
        var interval = meter.TakeInterval(0, 1000);
        interval.Ok.Should().Be(10);
        interval.Late.Should().Be(0);
        interval.Latency.GetMaxValue().Should().Be(interval.Service.GetMaxValue(), "on schedule, latency equals service time");
    }

    [Fact]
    public async Task A_stalled_response_inflates_the_latency_of_every_request_that_had_to_wait_for_it()
    {
        // One worker, 10 requests per second, each answered in 10 ms except the third, which stalls for 1 s.
        var meter = NewMeter();
        var run = Start(10, TimeSpan.FromSeconds(2), slots: 1, meter, async ctx =>
        {
            await Task.Delay(TimeSpan.FromMilliseconds(ctx.InvocationNumber == 3 ? 1000 : 10), _clock.Time);
            return Response.Ok();
        });

        _clock.AdvanceBy(2500);
        await run;
        var interval = meter.TakeInterval(0, 2000);

        // Request n (intended at (n-1)·100 ms) waits for the stall; from n = 4 on it starts at 1200 + (n-4)·10 ms.
        double[] expectedMs = [10, 10, 1000, 910, 820, 730, 640, 550, 460, 370, 280, 190, 100, 10, 10, 10, 10, 10, 10, 10];
        interval.Latency.TotalCount.Should().Be(20);
        RecordedMs(interval.Latency).Should().Equal(RecordedMs(Histogram(expectedMs)));
        RecordedMs(interval.Service).Should().Equal(RecordedMs(Histogram([.. Enumerable.Repeat(10.0, 19), 1000])),
            "service time alone hides the queueing: only the stalled request looks slow");
        interval.Late.Should().Be(10, "requests 4 to 13 started more than 5 ms after their intended start");
        interval.Dropped.Should().Be(0);
    }

    [Fact]
    public async Task When_every_worker_is_busy_requests_start_late_or_are_dropped_and_all_are_counted()
    {
        var meter = NewMeter();
        var settings = new RunSettings { MaxLag = TimeSpan.FromMilliseconds(300) };
        var run = Start(10, TimeSpan.FromSeconds(2), slots: 1, meter, async _ =>
        {
            await Task.Delay(TimeSpan.FromMilliseconds(260), _clock.Time);
            return Response.Ok();
        }, settings);

        _clock.AdvanceBy(3000);
        await run;
        var interval = meter.TakeInterval(0, 3000);

        (interval.Started + interval.Dropped).Should().Be(20, "every scheduled request is either started or dropped");
        interval.Ok.Should().Be(interval.Started);
        interval.Dropped.Should().BeGreaterThan(0);
        interval.Late.Should().BeGreaterThan(0);
        meter.DroppedNoWorker.Should().Be(interval.Dropped);
        interval.Latency.GetMaxValue().Should().BeLessThanOrEqualTo((long)((300 + 260) * 1000 * 1.001), "a request waits at most the max lag");
    }

    [Fact]
    public async Task Arrivals_further_behind_than_the_max_lag_are_dropped_not_sent_in_a_burst()
    {
        var meter = NewMeter();
        var settings = new RunSettings { MaxLag = TimeSpan.FromMilliseconds(500) };
        var run = Start(10, TimeSpan.FromSeconds(2), slots: 100, meter, _ => Task.FromResult<IResponse>(Response.Ok()), settings);

        // The dispatcher is frozen for 2 s (as under a long GC pause): it wakes up with 19 arrivals overdue.
        _clock.Time.Advance(TimeSpan.FromSeconds(2));
        _clock.AdvanceBy(100);
        await run;
        var interval = meter.TakeInterval(0, 2100);

        interval.Dropped.Should().Be(14, "arrivals intended at 100..1400 ms are more than 500 ms behind at 2000 ms");
        meter.DroppedBehindSchedule.Should().Be(14);
        interval.Started.Should().Be(6, "the first arrival and those intended at 1500..1900 ms still run");
        interval.Ok.Should().Be(6);
    }

    private ScenarioMeter NewMeter() => new("s", new TimestampConverter(_clock.Time.TimestampFrequency), TimeSpan.FromMilliseconds(5));

    private Task Start(int ratePerSecond, TimeSpan during, int slots, ScenarioMeter meter, Func<IScenarioContext, Task<IResponse>> scenario, RunSettings? settings = null)
    {
        settings ??= new RunSettings();
        var time = _clock.Time;
        var control = new RunControl(CancellationToken.None);
        var invoker = new ScenarioInvoker(scenario, time);
        var driver = new OpenModelDriver(time, invoker, settings, IScheduleWaiter.For(time));
        var pool = new SlotPool(slots);
        var contexts = Enumerable.Range(0, slots)
            .Select(i => new ScenarioContext(new ScenarioInfo("s", i, during, 0, 1), NullLogger.Instance, control, false, CancellationToken.None))
            .ToList();
        var plan = SimulationPlan.Build([Simulation.Inject(ratePerSecond, TimeSpan.FromSeconds(1), during)]);
        var converter = new TimestampConverter(time.TimestampFrequency);
        return _clock.Begin(async start =>
        {
            var arrivals = ArrivalSchedule.Offsets(plan, AgentShare.Single).Select(s => start + converter.FromSeconds(s));
            await driver.RunAsync(arrivals, pool, contexts, meter, CancellationToken.None);
            (await driver.DrainAsync(pool, TimeSpan.FromSeconds(10))).Should().BeTrue();
        });
    }

    private static LongHistogram Histogram(IEnumerable<double> milliseconds)
    {
        var histogram = HistogramSettings.NewHistogram();
        foreach (var ms in milliseconds)
        {
            histogram.RecordValue((long)(ms * 1000));
        }

        return histogram;
    }

    private static List<(long Value, long Count)> RecordedMs(HistogramBase histogram) =>
        [.. histogram.RecordedValues().Select(v => (v.ValueIteratedTo, v.CountAtValueIteratedTo))];
}
