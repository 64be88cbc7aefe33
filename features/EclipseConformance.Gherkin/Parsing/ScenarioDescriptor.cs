using Messages = Io.Cucumber.Messages.Types;

namespace EclipseConformance.Gherkin.Parsing;

/// <summary>
/// One runnable scenario: a pickle (a Scenario, or one row of a Scenario Outline's Examples) with its feature, rule,
/// tags, display name and the stable key that identifies it between discovery and execution.
/// </summary>
internal sealed class ScenarioDescriptor
{
    public required FeatureFile Feature { get; init; }

    public required Messages.Pickle Pickle { get; init; }

    /// <summary><c>L{scenario line}</c>, or <c>L{scenario line}:R{row line}</c> for an example row.</summary>
    public required string Key { get; init; }

    /// <summary>The scenario name, plus <c> [Examples name: column=value, ...]</c> for an example row.</summary>
    public required string Title { get; init; }

    /// <summary><c>Feature — Title</c>: the test case name.</summary>
    public string DisplayName => $"{Feature.Name} — {Title}";

    public required int ScenarioLine { get; init; }

    /// <summary>The example row's line, or the scenario line.</summary>
    public required int Line { get; init; }

    public required string? Rule { get; init; }

    public required string? Description { get; init; }

    /// <summary>Tags on the scenario and its Examples block, without <c>@</c>.</summary>
    public required IReadOnlyList<string> OwnTags { get; init; }

    /// <summary>All tags (feature, rule, scenario, Examples), without <c>@</c>.</summary>
    public required IReadOnlyList<string> Tags { get; init; }

    /// <summary>Example row values by column; empty for a plain scenario.</summary>
    public required IReadOnlyDictionary<string, string> Arguments { get; init; }

    public required IReadOnlyList<StepDescriptor> Steps { get; init; }

    public string Name => Pickle.Name;

    public string Id => Pickle.Id;

    /// <summary><c>features/x.feature:12</c>.</summary>
    public string Location => $"{Feature.Uri}:{Line}";

    public ScenarioInfo ToScenarioInfo() => new(Name, Description, OwnTags, Tags, Arguments, Rule);
}
