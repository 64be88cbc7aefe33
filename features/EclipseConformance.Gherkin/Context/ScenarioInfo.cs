namespace EclipseConformance.Gherkin;

/// <summary>What the running scenario (one pickle: a scenario or one example row) is.</summary>
public sealed class ScenarioInfo(
    string title,
    string? description,
    IReadOnlyList<string> tags,
    IReadOnlyList<string> combinedTags,
    IReadOnlyDictionary<string, string> arguments,
    string? rule)
{
    /// <summary>The scenario name (placeholders of an outline already substituted).</summary>
    public string Title { get; } = title;

    /// <summary>The free text under the scenario line.</summary>
    public string? Description { get; } = description;

    /// <summary>Tags on the scenario and its Examples block, without <c>@</c>.</summary>
    public IReadOnlyList<string> Tags { get; } = tags;

    /// <summary>All tags that apply: feature, rule, scenario and Examples, without <c>@</c>.</summary>
    public IReadOnlyList<string> CombinedTags { get; } = combinedTags;

    /// <summary>For an outline row: column header to value. Empty otherwise.</summary>
    public IReadOnlyDictionary<string, string> Arguments { get; } = arguments;

    /// <summary>The enclosing <c>Rule:</c> name, if any.</summary>
    public string? Rule { get; } = rule;
}
