using System.Globalization;
using EclipseConformance.Gherkin.Bindings;
using EclipseConformance.Gherkin.Parsing;
using EclipseConformance.Gherkin.Reporting;
using EclipseConformance.Gherkin.Runtime;

namespace EclipseConformance.Gherkin.Tests.Support;

/// <summary>
/// Drives the real runtime without xunit's pipeline: parses feature texts, runs the run/feature/scenario lifecycle
/// with only the given binding classes, and keeps the results and the report.
/// </summary>
internal sealed class SpecRun(params Type[] bindingTypes)
{
    public BindingRegistry Bindings { get; } = BindingRegistry.FromTypes(bindingTypes);

    public Log Log { get; } = new();

    public IReadOnlyList<ScenarioResult> Results { get; private set; } = [];

    public RunReport? Report { get; private set; }

    /// <summary>Runs every scenario of the features (features in order, scenarios in file order).</summary>
    public async Task<IReadOnlyList<ScenarioResult>> RunAsync(params string[] featureTexts)
    {
        var files = featureTexts.Select((text, i) => FeatureLoader.Parse($"features/f{i.ToString(CultureInfo.InvariantCulture)}.feature", text)).ToArray();
        var runner = new GherkinTestRunner(Bindings, FeatureSet.Of(files));
        runner.Container.RegisterInstanceAs(Log);
        var results = new List<ScenarioResult>();
        await runner.BeforeTestRunAsync(CancellationToken.None);
        foreach (var file in files)
        {
            var feature = await runner.StartFeatureAsync(file, CancellationToken.None);
            foreach (var scenario in file.Scenarios)
                results.Add(await runner.RunScenarioAsync(feature, scenario, sink: null, CancellationToken.None));
            await runner.EndFeatureAsync(feature);
        }

        await runner.AfterTestRunAsync();
        Results = results;
        Report = runner.CreateReport();
        return results;
    }

    /// <summary>Runs a feature that must have exactly one scenario and returns its result.</summary>
    public async Task<ScenarioResult> RunSingleAsync(string featureText) => (await RunAsync(featureText)).Should().ContainSingle().Subject;
}
