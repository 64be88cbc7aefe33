using EclipseConformance.Gherkin.Runtime;
using EclipseConformance.Gherkin.Tests.Support;

namespace EclipseConformance.Gherkin.Tests.Runtime;

public sealed class HookTests
{
    [Fact]
    public async Task Scenario_hooks_run_around_the_steps_lowest_order_first()
    {
        var run = new SpecRun(typeof(OrderedHooks), typeof(Steps));
        await run.RunSingleAsync("""
            Feature: F
              Scenario: S
                Given a step
            """);

        run.Log.Entries.Should().Equal("before 1", "before 20", "before default", "step", "after 5", "after default");
    }

    [Fact]
    public async Task Tag_scoped_hooks_run_only_where_one_of_their_tags_applies()
    {
        var run = new SpecRun(typeof(TaggedHooks), typeof(Steps));
        await run.RunAsync("""
            @lookup
            Feature: F
              Scenario: Untagged scenario of a tagged feature
                Given a step

              @needs-control
              Scenario: Tagged scenario
                Given a step
            """, """
            Feature: G
              Scenario: Nothing tagged
                Given a step
            """);

        run.Log.Entries.Should().Equal(
            "lookup hook", "step",
            "lookup hook", "control hook", "step",
            "step");
    }

    [Fact]
    public async Task AfterScenario_runs_after_a_failure_and_sees_the_error()
    {
        var run = new SpecRun(typeof(ErrorObservingHooks), typeof(Steps));
        var result = await run.RunSingleAsync("""
            Feature: F
              Scenario: S
                Given a failing step
            """);

        result.Status.Should().Be(ResultStatus.Failed);
        run.Log.Entries.Should().Equal("after: TestError InvalidOperationException");
    }

    [Fact]
    public async Task A_failing_BeforeScenario_hook_fails_the_scenario_naming_the_hook_and_skips_the_steps()
    {
        var run = new SpecRun(typeof(FailingBeforeHook), typeof(Steps));
        var result = await run.RunSingleAsync("""
            Feature: F
              Scenario: S
                Given a step
            """);

        result.Status.Should().Be(ResultStatus.Failed);
        result.Message.Should().Contain("[BeforeScenario] hook FailingBeforeHook.Boom failed for features/f0.feature:2").And.Contain("hook broke");
        result.StepStatuses().Should().Equal(ResultStatus.Skipped);
        run.Log.Entries.Should().Equal("after still runs");
    }

    [Fact]
    public async Task Feature_hooks_run_once_per_feature_and_share_the_feature_context()
    {
        var run = new SpecRun(typeof(FeatureHooks), typeof(Steps));
        await run.RunAsync("""
            Feature: First
              Scenario: A
                Given the feature context is read
              Scenario: B
                Given the feature context is read
            """, """
            Feature: Second
              Scenario: C
                Given the feature context is read
            """);

        run.Log.Entries.Should().Equal(
            "before feature First", "read First", "read First", "after feature First",
            "before feature Second", "read Second", "after feature Second");
    }

    [Fact]
    public async Task A_failing_BeforeFeature_hook_fails_every_scenario_of_that_feature()
    {
        var results = await new SpecRun(typeof(FailingFeatureHook), typeof(Steps)).RunAsync("""
            Feature: F
              Scenario: A
                Given a step
              Scenario: B
                Given a step
            """);

        results.Should().OnlyContain(r => r.Status == ResultStatus.Failed && r.Message!.Contains("[BeforeFeature] hook FailingFeatureHook.Boom failed"));
    }

    [Fact]
    public async Task A_BeforeTestRun_hook_registers_a_service_shared_by_every_scenario_and_disposed_at_the_end()
    {
        var run = new SpecRun(typeof(RunHooks), typeof(SharedHostSteps));
        var results = await run.RunAsync("""
            Feature: F
              Scenario: A
                Given the shared host is used
              Scenario: B
                Given the shared host is used
            """);

        results.Should().OnlyContain(r => r.Status == ResultStatus.Passed);
        run.Log.Entries.Should().HaveCount(5);
        run.Log.Entries[0].Should().Be("before run");
        run.Log.Entries[1].Should().StartWith("host ").And.Be(run.Log.Entries[2]);
        run.Log.Entries.Skip(3).Should().Equal("after run", "host disposed");
    }

    public sealed class SharedHost(Log log) : IDisposable
    {
        public Guid Id { get; } = Guid.NewGuid();

        public void Dispose() => log.Add("host disposed");
    }

    private sealed class Steps(Log log, FeatureContext feature)
    {
        [Given("a step")]
        public void Step() => log.Add("step");

        [Given("a failing step")]
        public void Failing() => throw new InvalidOperationException("boom");

        [Given("the feature context is read")]
        public void ReadFeature() => log.Add("read " + feature.Get<string>("title"));
    }

    private sealed class OrderedHooks(Log log)
    {
        [BeforeScenario]
        public void BeforeDefault() => log.Add("before default");

        [BeforeScenario(Order = 20)]
        public void Before20() => log.Add("before 20");

        [BeforeScenario(Order = 1)]
        public void Before1() => log.Add("before 1");

        [AfterScenario]
        public void AfterDefault() => log.Add("after default");

        [AfterScenario(Order = 5)]
        public void After5() => log.Add("after 5");
    }

    private sealed class TaggedHooks(Log log)
    {
        [BeforeScenario("@lookup")]
        public void Lookup() => log.Add("lookup hook");

        [BeforeScenario("needs-control", "sandbox-safe")]
        public void Control() => log.Add("control hook");
    }

    private sealed class ErrorObservingHooks(Log log, ScenarioContext scenario)
    {
        [AfterScenario]
        public void After() => log.Add($"after: {scenario.ScenarioExecutionStatus} {scenario.TestError?.GetType().Name}");
    }

    private sealed class FailingBeforeHook(Log log)
    {
        [BeforeScenario]
        public void Boom() => throw new InvalidOperationException("hook broke");

        [AfterScenario]
        public void After() => log.Add("after still runs");
    }

    private static class FeatureHooks
    {
        [BeforeFeature]
        public static void Before(FeatureContext feature, Log log)
        {
            feature.Set(feature.FeatureInfo.Title, "title");
            log.Add("before feature " + feature.FeatureInfo.Title);
        }

        [AfterFeature]
        public static void After(FeatureContext feature, Log log) => log.Add("after feature " + feature.FeatureInfo.Title);
    }

    private static class FailingFeatureHook
    {
        [BeforeFeature]
        public static void Boom() => throw new InvalidOperationException("no feature for you");
    }

    private static class RunHooks
    {
        [BeforeTestRun]
        public static async Task Register(IObjectContainer container, Log log)
        {
            await Task.Yield();
            container.RegisterFactoryAs(c => new SharedHost(c.Resolve<Log>()));
            log.Add("before run");
        }

        [AfterTestRun]
        public static void After(Log log) => log.Add("after run");
    }

    private sealed class SharedHostSteps(SharedHost host, Log log)
    {
        [Given("the shared host is used")]
        public void Use() => log.Add("host " + host.Id);
    }
}
