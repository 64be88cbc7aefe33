namespace EclipseConformance.Gherkin;

/// <summary>What a feature file says about itself.</summary>
public sealed class FeatureInfo(string title, string? description, IReadOnlyList<string> tags, string filePath, string language)
{
    /// <summary>The feature's name.</summary>
    public string Title { get; } = title;

    /// <summary>The free text under the <c>Feature:</c> line.</summary>
    public string? Description { get; } = description;

    /// <summary>The feature's tags, without <c>@</c>.</summary>
    public IReadOnlyList<string> Tags { get; } = tags;

    /// <summary>The feature file, relative to the test output folder (e.g. <c>features/lookup/lookup.feature</c>).</summary>
    public string FilePath { get; } = filePath;

    /// <summary>The Gherkin language of the file.</summary>
    public string Language { get; } = language;
}
