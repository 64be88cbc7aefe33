using EclipseConformance.Gherkin.Expressions;

namespace EclipseConformance.Gherkin.Bindings;

/// <summary>How a step's text matched the step definitions: one match, none (with a snippet) or several.</summary>
internal sealed record StepMatchResult(
    StepMatchKind Kind,
    IReadOnlyList<StepDefinitionBinding> Candidates,
    IReadOnlyList<MatchedArgument> Arguments,
    string? Snippet)
{
    public StepDefinitionBinding Binding =>
        Kind == StepMatchKind.Matched ? Candidates[0] : throw new InvalidOperationException($"The step is {Kind}.");
}
