using System.ComponentModel;
using EclipseConformance.Gherkin.Runtime;
using Xunit;

namespace EclipseConformance.Gherkin.XunitIntegration;

/// <summary>
/// The test class behind every scenario test case: xunit calls <see cref="Scenario"/> with the feature file and the
/// scenario's key, and it runs that scenario. Added to discovery by <see cref="GherkinTestFramework"/>.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class FeatureScenarios(GherkinTestRun run, FeatureFixture feature) : IClassFixture<FeatureFixture>
{
    /// <summary>Runs one scenario (or example row); fails with the step's message or skips with the stated reason.</summary>
    [Scenario]
    public async Task Scenario(string featureUri, string scenarioKey)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var file = run.Runner.Features.Find(featureUri)
            ?? throw new InvalidOperationException($"{featureUri} is not among the loaded features; rebuild so discovery and execution see the same files.");
        var scenario = file.FindScenario(scenarioKey)
            ?? throw new InvalidOperationException($"{featureUri} has no scenario at {scenarioKey}; the file changed since discovery.");
        await run.EnsureStartedAsync(cancellationToken);
        var featureRun = await feature.StartAsync(file, cancellationToken);
        var result = await run.Runner.RunScenarioAsync(featureRun, scenario, new XunitOutputSink(TestContext.Current.TestOutputHelper), cancellationToken);
        switch (result.Status)
        {
            case ResultStatus.Passed:
                return;
            case ResultStatus.Skipped:
                throw new ScenarioSkippedException(result.Message ?? "Skipped.");
            default:
                throw new ScenarioFailedException(result);
        }
    }
}
