using EclipseConformance.Gherkin.Runtime;

namespace EclipseConformance.Gherkin.Tests.Support;

internal static class ResultExtensions
{
    /// <summary>The Gherkin steps' statuses in order (hooks left out).</summary>
    public static IReadOnlyList<ResultStatus> StepStatuses(this ScenarioResult result) =>
        [.. result.Steps.Where(s => s.Kind == TestStepKind.Step).Select(s => s.Status)];
}
