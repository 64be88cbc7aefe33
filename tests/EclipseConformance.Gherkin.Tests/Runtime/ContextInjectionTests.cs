using EclipseConformance.Gherkin.Runtime;
using EclipseConformance.Gherkin.Tests.Support;

namespace EclipseConformance.Gherkin.Tests.Runtime;

public sealed class ContextInjectionTests
{
    private const string TwoScenarios = """
        @wallets
        Feature: Injection
          @first
          Scenario: One
            Given the context is set to 5
            Then the other binding sees 5
          Scenario: Two
            Then the other binding sees 0
        """;

    [Fact]
    public async Task One_context_instance_is_shared_by_all_binding_classes_within_a_scenario()
    {
        var run = new SpecRun(typeof(Writer), typeof(Reader));

        var results = await run.RunAsync(TwoScenarios);

        results.Should().OnlyContain(r => r.Status == ResultStatus.Passed);
        var one = run.Log.Entries.Where(e => e.StartsWith("one:", StringComparison.Ordinal)).Select(e => e.Split(':')[2]).ToList();
        one.Should().HaveCount(2).And.OnlyContain(id => id == one[0]);
    }

    [Fact]
    public async Task Each_scenario_gets_new_instances_and_they_are_disposed_when_it_ends()
    {
        var run = new SpecRun(typeof(Writer), typeof(Reader));

        await run.RunAsync(TwoScenarios);

        var entries = run.Log.Entries.ToList();
        var firstId = entries.First(e => e.StartsWith("one:", StringComparison.Ordinal)).Split(':')[2];
        var secondId = entries.First(e => e.StartsWith("two:", StringComparison.Ordinal)).Split(':')[2];
        secondId.Should().NotBe(firstId);
        entries.IndexOf($"disposed {firstId}").Should().BeGreaterThan(-1)
            .And.BeLessThan(entries.IndexOf(entries.First(e => e.StartsWith("two:", StringComparison.Ordinal))));
        entries.Should().Contain($"disposed {secondId}").And.Contain("async binding disposed");
    }

    [Fact]
    public async Task Built_in_contexts_describe_the_scenario_and_feature_and_carry_a_bag()
    {
        var run = new SpecRun(typeof(ContextSteps));
        var result = await run.RunSingleAsync("""
            @wallets
            Feature: Injection
              @first
              Scenario: One
                Given the bag holds "R10"
                Then the contexts describe the run
            """);

        result.Status.Should().Be(ResultStatus.Passed);
        run.Log.Entries.Should().Equal("One|first|wallets,first|Injection|features/f0.feature|R10");
    }

    [Fact]
    public async Task A_dependency_that_cannot_be_created_fails_the_step_with_advice()
    {
        var result = await new SpecRun(typeof(NeedsInterface)).RunSingleAsync("""
            Feature: F
              Scenario: S
                Given a step needing a service
            """);

        result.Status.Should().Be(ResultStatus.Failed);
        result.Message.Should().Contain("Cannot create IServiceProvider").And.Contain("RegisterInstanceAs");
    }

    [Fact]
    public async Task A_circular_dependency_is_reported()
    {
        var result = await new SpecRun(typeof(CircularSteps)).RunSingleAsync("""
            Feature: F
              Scenario: S
                Given a circular step
            """);

        result.Message.Should().Contain("Circular dependency");
    }

    public sealed class WalletContext(Log log) : IDisposable
    {
        public string Id { get; } = Guid.NewGuid().ToString("N");

        public int Value { get; set; }

        public void Dispose() => log.Add("disposed " + Id);
    }

    public sealed class ChickenContext(EggContext egg)
    {
        public EggContext Egg { get; } = egg;
    }

    public sealed class EggContext(ChickenContext chicken)
    {
        public ChickenContext Chicken { get; } = chicken;
    }

    private sealed class Writer(WalletContext wallet, ScenarioContext scenario, Log log)
    {
        [Given("the context is set to {int}")]
        public void Set(int value)
        {
            wallet.Value = value;
            log.Add($"{Prefix(scenario)}:writer:{wallet.Id}");
        }

        internal static string Prefix(ScenarioContext scenario) => scenario.ScenarioInfo.Title == "One" ? "one" : "two";
    }

    private sealed class Reader(WalletContext wallet, ScenarioContext scenario, Log log) : IAsyncDisposable
    {
        [Then("the other binding sees {int}")]
        public void Sees(int value)
        {
            wallet.Value.Should().Be(value);
            log.Add($"{Writer.Prefix(scenario)}:reader:{wallet.Id}");
        }

        public ValueTask DisposeAsync()
        {
            log.Add("async binding disposed");
            return ValueTask.CompletedTask;
        }
    }

    private sealed class ContextSteps(ScenarioContext scenario, FeatureContext feature, Log log)
    {
        [Given("the bag holds {string}")]
        public void Bag(string value) => scenario.Set(value, "amount");

        [Then("the contexts describe the run")]
        public void Describe()
        {
            var info = scenario.ScenarioInfo;
            log.Add($"{info.Title}|{string.Join(",", info.Tags)}|{string.Join(",", info.CombinedTags)}|" +
                $"{feature.FeatureInfo.Title}|{feature.FeatureInfo.FilePath}|{scenario.Get<string>("amount")}");
        }
    }

    private sealed class NeedsInterface(IServiceProvider services)
    {
        [Given("a step needing a service")]
        public void Step() => _ = services;
    }

    private sealed class CircularSteps(ChickenContext chicken)
    {
        [Given("a circular step")]
        public void Step() => _ = chicken;
    }
}
