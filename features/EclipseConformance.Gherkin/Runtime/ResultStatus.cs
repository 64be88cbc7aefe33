namespace EclipseConformance.Gherkin.Runtime;

/// <summary>The outcome of a step, hook or scenario (Cucumber's statuses).</summary>
internal enum ResultStatus
{
    Passed,
    Failed,
    Skipped,
    Pending,
    Undefined,
    Ambiguous,
}
