using EclipseConformance.Gherkin.Runtime;
using EclipseConformance.Gherkin.Tests.Support;

namespace EclipseConformance.Gherkin.Tests.Bindings;

public sealed class StepMatchingTests
{
    [Fact]
    public async Task Given_binding_does_not_match_a_When_step()
    {
        var result = await new SpecRun(typeof(GivenOnlySteps)).RunSingleAsync("""
            Feature: F
              Scenario: S
                When the thing happens
            """);

        result.Status.Should().Be(ResultStatus.Undefined);
    }

    [Fact]
    public async Task And_and_But_steps_bind_with_the_previous_keyword()
    {
        var run = new SpecRun(typeof(KeywordSteps));
        var result = await run.RunSingleAsync("""
            Feature: F
              Scenario: S
                Given the thing is ready
                And the thing happens
                When the thing happens
                But the thing is checked
                Then the thing is checked
                And the thing is ready
            """);

        result.Status.Should().Be(ResultStatus.Passed);
        run.Log.Entries.Should().Equal("given ready", "given happens", "when happens", "when checked", "then checked", "then ready");
    }

    [Fact]
    public async Task StepDefinition_binds_to_every_keyword()
    {
        var run = new SpecRun(typeof(AnyKeywordSteps));
        var result = await run.RunSingleAsync("""
            Feature: F
              Scenario: S
                Given anything goes
                When anything goes
                Then anything goes
                * anything goes
            """);

        result.Status.Should().Be(ResultStatus.Passed);
        run.Log.Entries.Should().HaveCount(4);
    }

    [Fact]
    public async Task An_undefined_step_fails_with_its_text_location_and_a_binding_snippet()
    {
        var run = new SpecRun(typeof(KeywordSteps));
        var result = await run.RunSingleAsync("""
            Feature: F
              Scenario: S
                Given the thing is ready
                When the wallet "W1" is frozen for 3 days
                Then the thing is checked
            """);

        result.Status.Should().Be(ResultStatus.Undefined);
        result.StepStatuses().Should().Equal(ResultStatus.Passed, ResultStatus.Undefined, ResultStatus.Skipped);
        result.Message.Should().Contain("features/f0.feature:4")
            .And.Contain("When the wallet \"W1\" is frozen for 3 days")
            .And.Contain("[When(\"the wallet {string} is frozen for {int} days\")]")
            .And.Contain("public void WhenTheWalletIsFrozenForDays(string p0, int p1)")
            .And.Contain("throw new PendingStepException();");
    }

    [Fact]
    public async Task An_ambiguous_step_fails_naming_every_matching_binding()
    {
        var result = await new SpecRun(typeof(AmbiguousSteps)).RunSingleAsync("""
            Feature: F
              Scenario: S
                Given the wallet is active
            """);

        result.Status.Should().Be(ResultStatus.Ambiguous);
        result.Message.Should().Contain("features/f0.feature:3")
            .And.Contain("Given the wallet is active")
            .And.Contain("AmbiguousSteps.Exact [Given(\"the wallet is active\")]")
            .And.Contain("AmbiguousSteps.AnyState [Given(\"the wallet is {word}\")]");
        result.Steps.Single().StepDefinitionIds.Should().HaveCount(2);
    }

    [Fact]
    public async Task Captured_arguments_are_converted_to_the_parameter_types()
    {
        var run = new SpecRun(typeof(TypedSteps));
        var result = await run.RunSingleAsync("""
            Feature: F
              Scenario: S
                Given 3 transfers of 0.10 to "Bob" marked urgent
                Given the regex form says 7 and abc
            """);

        result.Status.Should().Be(ResultStatus.Passed);
        run.Log.Entries.Should().Equal("3|0.10|Bob|True", "7|abc");
    }

    private sealed class KeywordSteps(Log log)
    {
        [Given("the thing {word}")]
        [Given("the thing is {word}")]
        public void Given(string what) => log.Add("given " + what);

        [When("the thing {word}")]
        [When("the thing is {word}")]
        public void When(string what) => log.Add("when " + what);

        [Then("the thing {word}")]
        [Then("the thing is {word}")]
        public void Then(string what) => log.Add("then " + what);
    }

    private sealed class GivenOnlySteps
    {
        [Given("the thing happens")]
        public void Happens()
        {
        }
    }

    private sealed class AnyKeywordSteps(Log log)
    {
        [StepDefinition("anything goes")]
        public void Anything() => log.Add("any");
    }

    private sealed class AmbiguousSteps
    {
        [Given("the wallet is active")]
        public void Exact()
        {
        }

        [Given("the wallet is {word}")]
        public void AnyState(string state) => _ = state;
    }

    private sealed class TypedSteps(Log log)
    {
        [Given("{int} transfer(s) of {decimal} to {string} marked {word}")]
        public void Transfers(int count, decimal amount, string to, string urgency) =>
            log.Add($"{count}|{amount}|{to}|{urgency == "urgent"}");

        [Given(@"^the regex form says (\d+) and (\w+)$")]
        public void Regex(long number, string word) => log.Add($"{number}|{word}");
    }
}
