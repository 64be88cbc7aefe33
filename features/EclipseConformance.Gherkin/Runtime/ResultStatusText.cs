namespace EclipseConformance.Gherkin.Runtime;

internal static class ResultStatusText
{
    /// <summary>The lower-case name used in output and reports (<c>passed</c>, <c>failed</c>, ...).</summary>
    public static string ToText(this ResultStatus status) =>
        status switch
        {
            ResultStatus.Passed => "passed",
            ResultStatus.Failed => "failed",
            ResultStatus.Skipped => "skipped",
            ResultStatus.Pending => "pending",
            ResultStatus.Undefined => "undefined",
            _ => "ambiguous",
        };
}
