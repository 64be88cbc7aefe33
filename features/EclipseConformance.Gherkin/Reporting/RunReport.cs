using EclipseConformance.Gherkin.Bindings;
using EclipseConformance.Gherkin.Parsing;
using EclipseConformance.Gherkin.Runtime;

namespace EclipseConformance.Gherkin.Reporting;

/// <summary>Everything the report writers need: the features, the bindings and the results of the scenarios that ran.</summary>
internal sealed record RunReport(
    FeatureSet Features,
    BindingRegistry Bindings,
    IReadOnlyList<ScenarioResult> Results,
    IReadOnlyList<RunHookResult> RunHooks,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt)
{
    /// <summary>True when no scenario failed, was undefined, ambiguous or pending and no run hook failed.</summary>
    public bool Success =>
        Results.All(r => r.Status is ResultStatus.Passed or ResultStatus.Skipped)
        && RunHooks.All(h => h.Status == ResultStatus.Passed)
        && Features.Errors.Count == 0;

    public IEnumerable<ScenarioResult> ResultsOf(FeatureFile feature) =>
        Results.Where(r => ReferenceEquals(r.Scenario.Feature, feature) || r.Scenario.Feature.Uri == feature.Uri);
}
