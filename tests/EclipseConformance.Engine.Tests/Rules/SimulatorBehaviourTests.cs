using System.Collections.Concurrent;
using EclipseConformance.Engine.Control;
using EclipseConformance.Engine.Primitives;
using EclipseConformance.Engine.Tests.Vas.Support;
using EclipseConformance.Simulators;
using EclipseConformance.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace EclipseConformance.Engine.Tests.Rules;

public class SimulatorBehaviourTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_rule_file_behaviour_is_observable_at_the_simulators_base_url_and_reloads_replace_only_rule_faults()
    {
        using var folder = new TempRulesFolder();
        folder.Write("mnp.yaml", """
            version: 1
            behaviours:
              - name: number-lookup-declined
                upstream: mnp
                when: { method: GET, path: /mnp/27831234567 }
                then: { kind: BusinessError, errorCode: PORTED_OUT, errorMessage: Number moved }
              - name: mnp-down-for-a-prefix
                upstream: mnp
                when: { path: /mnp/2782* }
                then: { kind: HttpStatus, status: 503 }
            """);
        await using var engine = new EngineFixture { RulesDirectory = folder.Path };
        await engine.InitializeAsync();
        var mnpUrl = engine.Services.GetRequiredService<SimulatorEndpoints>().BaseUrl("mnp");
        using var http = new HttpClient { BaseAddress = mnpUrl };

        var declined = await http.GetAsync("/mnp/27831234567", Ct);
        ((int)declined.StatusCode).Should().Be(422);
        (await declined.Content.ReadAsStringAsync(Ct)).Should().Contain("PORTED_OUT");
        ((int)(await http.GetAsync("/mnp/27821234567", Ct)).StatusCode).Should().Be(503);
        ((int)(await http.GetAsync("/mnp/27731234567", Ct)).StatusCode).Should().Be(200);

        var mnp = engine.Services.GetRequiredService<SimulatorSet>()["mnp"];
        mnp.AddFault(new FaultSpec { Id = "added-by-a-test", Match = new FaultMatch { Path = "/mnp/27841234567" }, Outcome = FaultOutcome.HttpError(500) });
        using var admin = engine.SimulatorAdmin();
        var view = (await admin.GetAsync("/sim/v1/rules")).Json!;
        view["behaviours"]!.AsArray().Select(b => b!["applied"]!.GetValue<bool>()).Should().AllBeEquivalentTo(true);

        folder.Write("mnp.yaml", "version: 1\n");
        (await Eventually.HoldsAsync(async () => (int)(await http.GetAsync("/mnp/27831234567", Ct)).StatusCode == 200)).Should().BeTrue();
        ((int)(await http.GetAsync("/mnp/27821234567", Ct)).StatusCode).Should().Be(200);
        mnp.Faults.List().Select(f => f.Id).Should().Equal("added-by-a-test");
    }

    [Fact]
    public async Task A_Respond_behaviour_answers_an_alternative_successful_body_from_a_rule_file()
    {
        const string ported = """{"msisdn":"27831234567","countryCode":"ZA","networkId":"ZA-VODACOM","network":"Vodacom","ported":true,"supported":true,"status":"OK"}""";
        using var folder = new TempRulesFolder();
        folder.Write("mnp.yaml", $$"""
            version: 1
            behaviours:
              - name: phone-on-another-network
                upstream: mnp
                when: { method: GET, path: /mnp/27831234567 }
                then: { kind: Respond, body: '{{ported}}' }
            """);
        await using var engine = new EngineFixture { RulesDirectory = folder.Path };
        await engine.InitializeAsync();
        using var http = new HttpClient { BaseAddress = engine.Services.GetRequiredService<SimulatorEndpoints>().BaseUrl("mnp") };

        var answer = await http.GetAsync("/mnp/27831234567", Ct);
        ((int)answer.StatusCode).Should().Be(200);
        answer.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        (await answer.Content.ReadAsStringAsync(Ct)).Should().Be(ported);
        var other = await http.GetAsync("/mnp/27831234568", Ct);
        (await other.Content.ReadAsStringAsync(Ct)).Should().Contain("\"networkId\":\"ZA-MTN\"", "other numbers keep the fixture answer");

        var journal = engine.Services.GetRequiredService<SimulatorSet>()["mnp"].Journal.Entries();
        var entry = journal.Should().ContainSingle(e => e.Path == "/mnp/27831234567").Subject;
        entry.FaultId.Should().Be("rules.phone-on-another-network");
        entry.FaultKind.Should().Be(FaultKind.Respond);
        entry.StatusCode.Should().Be(200);

        using var client = await new SouthAfricaVas(engine).LoginAsync();
        var lookup = await client.GetAsync($"tenants/{SouthAfricaVas.TenantId}/vas/27831234567");
        lookup.Code.Should().Be(200, lookup.Text);
        lookup.Json!["networkId"]!.GetValue<int>().Should().Be(5, "the engine's network lookup sees the rule's answer: Vodacom, not the MTN range");
        lookup.Json["ported"]!.GetValue<bool>().Should().BeTrue();
        (await client.GetAsync($"tenants/{SouthAfricaVas.TenantId}/vas/27831234568")).Json!["networkId"]!.GetValue<int>().Should().Be(4);

        using var admin = engine.SimulatorAdmin();
        var refused = await admin.SendRawAsync(HttpMethod.Put, "/sim/v1/rules", """
            { "version": 1, "behaviours": [ { "name": "not-a-success", "upstream": "mnp", "then": { "kind": "Respond", "status": 503, "body": "{}" } } ] }
            """);
        refused.Code.Should().Be(400, refused.Text);
        refused.Text.Should().Contain("not-a-success").And.Contain("2xx");
    }

    [Fact]
    public async Task A_behaviour_after_delay_holds_the_answer_for_exactly_that_long_on_the_engine_clock()
    {
        using var folder = new TempRulesFolder();
        folder.Write("slow.yaml", """
            version: 1
            behaviours:
              - name: slow-lookup
                upstream: mnp
                when: { path: /mnp/27731234567 }
                then: { kind: Delay }
                after: 2s
            """);
        await using var engine = new EngineClockFixture { RulesDirectory = folder.Path };
        await engine.InitializeAsync();
        var mnp = engine.Services.GetRequiredService<SimulatorSet>()["mnp"];
        using var http = new HttpClient { BaseAddress = engine.Services.GetRequiredService<SimulatorEndpoints>().BaseUrl("mnp") };

        var held = engine.Timers.Created(TimeSpan.FromSeconds(2));
        var pending = http.GetAsync("/mnp/27731234567", Ct);
        await held.WaitAsync(TimeSpan.FromSeconds(30), Ct); // advancing before the hold's timer exists would move its due time
        mnp.Journal.Entries().Should().Contain(e => e.FaultId == "rules.slow-lookup");
        engine.Clock.Advance(TimeSpan.FromSeconds(1.5));
        await Task.Delay(100, Ct);
        pending.IsCompleted.Should().BeFalse("the answer is held for 2 s of engine time");

        engine.Clock.Advance(TimeSpan.FromSeconds(0.5));
        var answer = await pending.WaitAsync(TimeSpan.FromSeconds(15), Ct);
        ((int)answer.StatusCode).Should().Be(200, "a Delay behaviour answers normally afterwards");
        var entry = mnp.Journal.Entries().Single(e => e.FaultId == "rules.slow-lookup");
        (entry.CompletedAt - entry.ReceivedAt).Should().Be(TimeSpan.FromSeconds(2));
    }

    /// <summary>The engine with simulator delays timed by its (fake) clock rather than real time.</summary>
    private sealed class EngineClockFixture : EngineFixture
    {
        public TimerWatch Timers { get; private set; } = null!;

        protected override IEnumerable<string> ExtraArguments() => ["--Simulators:LatencyClock=Engine"];

        protected override void ConfigureServices(IServiceCollection services) =>
            services.AddSingleton<TimeProvider>(sp => Timers = new TimerWatch(sp.GetRequiredService<VirtualClock>()));
    }

    /// <summary>The engine clock, passing everything through, that tells a test when a timer of a given due time is created.</summary>
    private sealed class TimerWatch(VirtualClock inner) : TimeProvider
    {
        private readonly ConcurrentQueue<(TimeSpan DueTime, TaskCompletionSource Signal)> _waiters = new();

        /// <summary>Completes when a timer due <paramref name="dueTime"/> from its creation is created after this call.</summary>
        public Task Created(TimeSpan dueTime)
        {
            var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Enqueue((dueTime, signal));
            return signal.Task;
        }

        public override DateTimeOffset GetUtcNow() => inner.GetUtcNow();

        public override long GetTimestamp() => inner.GetTimestamp();

        public override long TimestampFrequency => inner.TimestampFrequency;

        public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            var timer = inner.CreateTimer(callback, state, dueTime, period);
            foreach (var waiter in _waiters.Where(w => w.DueTime == dueTime))
            {
                waiter.Signal.TrySetResult();
            }

            return timer;
        }
    }
}
