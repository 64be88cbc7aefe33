namespace EclipseConformance.Gherkin;

/// <summary>
/// Skips the running scenario with a stated reason (thrown by <see cref="ScenarioContext.Skip"/>). xunit's own
/// <c>Assert.Skip("reason")</c> has the same effect inside a step or hook.
/// </summary>
public sealed class ScenarioSkippedException(string reason) : Exception(reason)
{
    /// <summary>Why the scenario was skipped.</summary>
    public string Reason => Message;
}
