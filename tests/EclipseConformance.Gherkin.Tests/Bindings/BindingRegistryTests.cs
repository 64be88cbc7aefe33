using EclipseConformance.Gherkin.Bindings;
using EclipseConformance.Gherkin.Runtime;
using EclipseConformance.Gherkin.Tests.Support;

namespace EclipseConformance.Gherkin.Tests.Bindings;

public sealed class BindingRegistryTests
{
    [Fact]
    public void Invalid_bindings_are_reported_with_the_method_and_the_reason()
    {
        var registry = BindingRegistry.FromTypes([typeof(BrokenBindings)]);

        registry.Errors.Should().HaveCount(5);
        registry.Errors.Should().ContainSingle(e => e.Contains("AsyncVoid") && e.Contains("async void"));
        registry.Errors.Should().ContainSingle(e => e.Contains("TooManyParameters") && e.Contains("takes 2 parameter(s) but the pattern captures 1"));
        registry.Errors.Should().ContainSingle(e => e.Contains("BadExpression") && e.Contains("Undefined parameter type {money}"));
        registry.Errors.Should().ContainSingle(e => e.Contains("InstanceFeatureHook") && e.Contains("must be static"));
        registry.Errors.Should().ContainSingle(e => e.Contains("Unconvertible") && e.Contains("cannot be converted"));
        registry.StepDefinitions.Should().ContainSingle(s => s.Method.Name == nameof(BrokenBindings.Fine));
    }

    [Fact]
    public async Task Binding_errors_fail_every_scenario_with_the_errors_listed()
    {
        var result = await new SpecRun(typeof(BrokenBindings)).RunSingleAsync("""
            Feature: F
              Scenario: S
                Given a fine step
            """);

        result.Status.Should().Be(ResultStatus.Failed);
        result.Message.Should().StartWith("The bindings have errors:").And.Contain("async void");
        result.StepStatuses().Should().Equal(ResultStatus.Skipped);
    }

    [Fact]
    public void Only_classes_marked_Binding_are_read_from_an_assembly()
    {
        var registry = BindingRegistry.FromAssemblies([typeof(BindingRegistryTests).Assembly]);

        registry.StepDefinitions.Should().OnlyContain(s => s.Method.DeclaringType == typeof(MarkedBinding));
    }

    private sealed class BrokenBindings
    {
        [Given("an async void step")]
        public async void AsyncVoid() => await Task.Yield();

        [Given("a step with {int}")]
        public void TooManyParameters(int a, int b) => _ = a + b;

        [Given("a step costing {money}")]
        public void BadExpression(decimal amount) => _ = amount;

        [Given("a step at {word}")]
        public void Unconvertible(Log where) => _ = where;

        [BeforeFeature]
        public void InstanceFeatureHook()
        {
        }

        [Given("a fine step")]
        public void Fine()
        {
        }
    }
}

