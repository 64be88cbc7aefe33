using EclipseConformance.Gherkin.Runtime;
using EclipseConformance.Gherkin.Tests.Support;

namespace EclipseConformance.Gherkin.Tests.Runtime;

public sealed class AsyncStepTests
{
    [Fact]
    public async Task Task_and_ValueTask_steps_are_awaited_in_order()
    {
        var run = new SpecRun(typeof(AsyncSteps));
        var result = await run.RunSingleAsync("""
            Feature: F
              Scenario: S
                Given a task step
                And a value task step
                And a value task of int step
                Then all ran in order
            """);

        result.Status.Should().Be(ResultStatus.Passed);
        run.Log.Entries.Should().Equal("task", "valuetask", "valuetask<int>", "check");
    }

    [Fact]
    public async Task A_failure_after_an_await_fails_the_step_that_awaited()
    {
        var result = await new SpecRun(typeof(AsyncSteps)).RunSingleAsync("""
            Feature: F
              Scenario: S
                Given a task step that fails later
                Then all ran in order
            """);

        result.Status.Should().Be(ResultStatus.Failed);
        result.StepStatuses().Should().Equal(ResultStatus.Failed, ResultStatus.Skipped);
        result.Message.Should().Contain("InvalidOperationException: late failure");
    }

    [Fact]
    public async Task A_step_can_take_the_scenario_cancellation_token()
    {
        var run = new SpecRun(typeof(AsyncSteps));
        var result = await run.RunSingleAsync("""
            Feature: F
              Scenario: S
                Given a step that takes a token
            """);

        result.Status.Should().Be(ResultStatus.Passed);
        run.Log.Entries.Should().Equal("token:False");
    }

    private sealed class AsyncSteps(Log log)
    {
        [Given("a task step")]
        public async Task TaskStep()
        {
            await Task.Delay(5);
            log.Add("task");
        }

        [Given("a value task step")]
        public async ValueTask ValueTaskStep()
        {
            await Task.Yield();
            log.Add("valuetask");
        }

        [Given("a value task of int step")]
        public async ValueTask<int> ValueTaskOfIntStep()
        {
            await Task.Delay(5);
            log.Add("valuetask<int>");
            return 1;
        }

        [Given("a task step that fails later")]
        public async Task FailsLater()
        {
            await Task.Delay(5);
            throw new InvalidOperationException("late failure");
        }

        [Given("a step that takes a token")]
        public void TakesToken(CancellationToken cancellationToken) => log.Add("token:" + cancellationToken.IsCancellationRequested);

        [Then("all ran in order")]
        public void Check() => log.Add("check");
    }
}
