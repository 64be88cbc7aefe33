using EclipseConformance.Gherkin.Runtime;
using EclipseConformance.Gherkin.Tests.Support;

namespace EclipseConformance.Gherkin.Tests.Runtime;

public sealed class BackgroundAndRuleTests
{
    private const string Feature = """
        Feature: Backgrounds
          Background:
            Given step "feature background"

          Scenario: Outside any rule
            Given step "plain"

          Rule: Lookups
            Background:
              Given step "rule background"

            Scenario: Inside the rule
              Given step "ruled"

            Scenario: Also inside the rule
              Given step "ruled again"

          Rule: Without background
            Scenario: In a rule without background
              Given step "bare rule"
        """;

    [Fact]
    public async Task The_feature_background_runs_before_every_scenario_and_a_rule_background_only_inside_its_rule()
    {
        var run = new SpecRun(typeof(RecordingSteps));

        var results = await run.RunAsync(Feature);

        results.Should().OnlyContain(r => r.Status == ResultStatus.Passed);
        run.Log.Entries.Should().Equal(
            "feature background", "plain",
            "feature background", "rule background", "ruled",
            "feature background", "rule background", "ruled again",
            "feature background", "bare rule");
    }

    [Fact]
    public async Task Background_steps_are_marked_and_scenarios_know_their_rule()
    {
        var run = new SpecRun(typeof(RecordingSteps));

        var results = await run.RunAsync(Feature);

        results.Select(r => r.Scenario.Rule).Should().Equal(null, "Lookups", "Lookups", "Without background");
        results[1].Scenario.Steps.Select(s => s.FromBackground).Should().Equal(true, true, false);
        results[1].Scenario.Steps.Select(s => s.Line).Should().Equal(3, 10, 13);
    }

    private sealed class RecordingSteps(Log log)
    {
        [Given("step {string}")]
        public void Step(string name) => log.Add(name);
    }
}
