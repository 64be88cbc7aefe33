using EclipseConformance.Gherkin.Runtime;
using EclipseConformance.Gherkin.Tests.Support;

namespace EclipseConformance.Gherkin.Tests.Runtime;

public sealed class ScenarioOutcomeTests
{
    [Fact]
    public async Task After_a_failing_step_the_rest_are_skipped_and_the_message_names_the_file_and_line()
    {
        var run = new SpecRun(typeof(OutcomeSteps));
        var result = await run.RunSingleAsync("""
            Feature: F
              Scenario: S
                Given a passing step
                When a failing step
                Then a passing step
            """);

        result.Status.Should().Be(ResultStatus.Failed);
        result.StepStatuses().Should().Equal(ResultStatus.Passed, ResultStatus.Failed, ResultStatus.Skipped);
        result.Message.Should().StartWith("Step failed at features/f0.feature:4: When a failing step")
            .And.Contain("InvalidOperationException: the balance is wrong");
        result.Error.Should().BeOfType<InvalidOperationException>();
        run.Log.Entries.Should().Equal("pass");
    }

    [Fact]
    public async Task A_pending_step_makes_the_scenario_pending()
    {
        var result = await new SpecRun(typeof(OutcomeSteps)).RunSingleAsync("""
            Feature: F
              Scenario: S
                Given a pending step
                Then a passing step
            """);

        result.Status.Should().Be(ResultStatus.Pending);
        result.StepStatuses().Should().Equal(ResultStatus.Pending, ResultStatus.Skipped);
        result.Message.Should().StartWith("Pending step at features/f0.feature:3");
    }

    [Fact]
    public async Task A_hook_can_skip_the_scenario_with_a_reason_and_after_hooks_still_run()
    {
        var run = new SpecRun(typeof(OutcomeSteps), typeof(SkippingHooks));
        var result = await run.RunSingleAsync("""
            Feature: F
              @needs-control
              Scenario: S
                Given a passing step
            """);

        result.Status.Should().Be(ResultStatus.Skipped);
        result.Message.Should().Be("The target has no control plane.");
        result.StepStatuses().Should().Equal(ResultStatus.Skipped);
        run.Log.Entries.Should().Equal("after: Skipped");
    }

    [Fact]
    public async Task A_step_can_skip_with_xunits_Assert_Skip()
    {
        var result = await new SpecRun(typeof(OutcomeSteps)).RunSingleAsync("""
            Feature: F
              Scenario: S
                Given a step that calls Assert.Skip
                Then a passing step
            """);

        result.Status.Should().Be(ResultStatus.Skipped);
        result.Message.Should().Be("Not on this target.");
        result.StepStatuses().Should().Equal(ResultStatus.Skipped, ResultStatus.Skipped);
    }

    [Fact]
    public async Task A_failure_after_a_skip_makes_the_scenario_fail()
    {
        var result = await new SpecRun(typeof(SkippingHooks), typeof(FailingAfterHook)).RunSingleAsync("""
            Feature: F
              @needs-control
              Scenario: S
                Given anything
            """);

        result.Status.Should().Be(ResultStatus.Failed);
        result.Message.Should().Contain("[AfterScenario] hook FailingAfterHook.Cleanup failed").And.Contain("The target has no control plane.");
    }

    [Fact]
    public async Task Output_lines_and_attachments_are_kept_with_the_step_that_made_them()
    {
        var result = await new SpecRun(typeof(OutcomeSteps)).RunSingleAsync("""
            Feature: F
              Scenario: S
                Given a passing step
                When a step attaches an HTTP exchange
            """);

        result.Output.Should().Equal("sending the request");
        var attachment = result.Attachments.Should().ContainSingle().Subject;
        attachment.Name.Should().Be("HTTP exchange");
        attachment.Content.Should().Contain("POST /eclipse-conductor/rest/v1/wallets");
        attachment.TestStepId.Should().Be(result.Steps[1].Id);
    }

    private sealed class OutcomeSteps(Log log, ScenarioContext scenario)
    {
        [Given("a passing step")]
        [Then("a passing step")]
        public void Pass() => log.Add("pass");

        [When("a failing step")]
        public void Fail() => throw new InvalidOperationException("the balance is wrong");

        [Given("a pending step")]
        public void Pending() => scenario.Pending();

        [Given("a step that calls Assert.Skip")]
        public void SkipViaXunit() => Assert.Skip("Not on this target.");

        [When("a step attaches an HTTP exchange")]
        public void Attach()
        {
            scenario.WriteLine("sending the request");
            scenario.Attach("HTTP exchange", "POST /eclipse-conductor/rest/v1/wallets\n201 Created");
        }
    }

    private sealed class SkippingHooks(Log log, ScenarioContext scenario)
    {
        [BeforeScenario("needs-control")]
        public void Skip() => scenario.Skip("The target has no control plane.");

        [AfterScenario]
        public void After() => log.Add("after: " + scenario.ScenarioExecutionStatus);
    }

    private sealed class FailingAfterHook
    {
        [AfterScenario]
        public void Cleanup() => throw new InvalidOperationException("cleanup failed");
    }
}
