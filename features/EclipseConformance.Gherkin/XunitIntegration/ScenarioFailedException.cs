using EclipseConformance.Gherkin.Runtime;

namespace EclipseConformance.Gherkin.XunitIntegration;

/// <summary>
/// How a failed, undefined, ambiguous or pending scenario reaches xunit: the message names the step, the feature file
/// and line (and, for an undefined step, a binding snippet); the inner exception is the step's own, so its message
/// and stack trace follow (and are not repeated in this message).
/// </summary>
internal sealed class ScenarioFailedException(ScenarioResult result)
    : Exception(MessageOf(result), result.Error)
{
    private static string MessageOf(ScenarioResult result)
    {
        var message = result.Message ?? $"The scenario is {result.Status.ToText()}.";
        if (result.Error is null)
            return message;
        var detail = $"\n{Outcome.Classify(result.Error).Message}";
        var at = message.IndexOf(detail, StringComparison.Ordinal);
        return at < 0 ? message : message.Remove(at, detail.Length);
    }
}
