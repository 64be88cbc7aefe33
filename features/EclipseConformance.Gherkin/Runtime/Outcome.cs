namespace EclipseConformance.Gherkin.Runtime;

/// <summary>How an exception thrown by a step or hook counts: pending, skipped (with reason) or failed.</summary>
internal static class Outcome
{
    public static (ResultStatus Status, string Message) Classify(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            PendingStepException pending => (ResultStatus.Pending, pending.Message),
            ScenarioSkippedException skipped => (ResultStatus.Skipped, skipped.Reason),
            _ when exception.Message.StartsWith(Xunit.v3.DynamicSkipToken.Value, StringComparison.Ordinal) =>
                (ResultStatus.Skipped, exception.Message[Xunit.v3.DynamicSkipToken.Value.Length..]),
            _ => (ResultStatus.Failed, $"{exception.GetType().Name}: {exception.Message}"),
        };
    }

    public static ScenarioExecutionStatus ToExecutionStatus(ResultStatus status) =>
        status switch
        {
            ResultStatus.Passed => ScenarioExecutionStatus.OK,
            ResultStatus.Pending => ScenarioExecutionStatus.StepDefinitionPending,
            ResultStatus.Undefined => ScenarioExecutionStatus.UndefinedStep,
            ResultStatus.Ambiguous => ScenarioExecutionStatus.BindingError,
            ResultStatus.Skipped => ScenarioExecutionStatus.Skipped,
            _ => ScenarioExecutionStatus.TestError,
        };
}
