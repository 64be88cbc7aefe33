using EclipseConformance.Gherkin.Expressions;
using EclipseConformance.Gherkin.Parsing;
using Messages = Io.Cucumber.Messages.Types;

namespace EclipseConformance.Gherkin.Bindings;

/// <summary>Finds the step definitions whose keyword family and pattern match a step.</summary>
internal static class StepMatcher
{
    public static StepMatchResult Match(BindingRegistry registry, StepDescriptor step)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(step);
        var type = KeywordType(step.Pickle.Type);
        var matches = new List<(StepDefinitionBinding Binding, IReadOnlyList<MatchedArgument> Arguments)>();
        foreach (var binding in registry.StepDefinitions)
        {
            if (binding.Accepts(type) && binding.Expression.Match(step.Text) is { } arguments)
                matches.Add((binding, arguments));
        }

        return matches.Count switch
        {
            0 => new StepMatchResult(StepMatchKind.Undefined, [], [], SnippetGenerator.Generate(step, type ?? StepDefinitionType.Given)),
            1 => new StepMatchResult(StepMatchKind.Matched, [matches[0].Binding], matches[0].Arguments, null),
            _ => new StepMatchResult(StepMatchKind.Ambiguous, [.. matches.Select(m => m.Binding)], [], null),
        };
    }

    /// <summary>The keyword family of a pickle step; <c>And</c>/<c>But</c> already carry the previous step's.</summary>
    public static StepDefinitionType? KeywordType(Messages.PickleStepType? type) =>
        type switch
        {
            Messages.PickleStepType.CONTEXT => StepDefinitionType.Given,
            Messages.PickleStepType.ACTION => StepDefinitionType.When,
            Messages.PickleStepType.OUTCOME => StepDefinitionType.Then,
            _ => null,
        };
}
