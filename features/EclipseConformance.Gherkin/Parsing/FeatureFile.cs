using Messages = Io.Cucumber.Messages.Types;

namespace EclipseConformance.Gherkin.Parsing;

/// <summary>A parsed feature file: its source, Gherkin document (as Cucumber messages) and runnable scenarios.</summary>
internal sealed class FeatureFile
{
    private readonly Dictionary<string, ScenarioDescriptor> _byKey = new(StringComparer.Ordinal);
    private readonly List<ScenarioDescriptor> _scenarios = [];

    public FeatureFile(string uri, string source, Messages.GherkinDocument document, IReadOnlyList<Messages.Pickle> pickles)
    {
        Uri = uri;
        Source = source;
        Document = document;
        Pickles = pickles;
        var feature = document.Feature;
        Name = string.IsNullOrWhiteSpace(feature?.Name) ? uri : feature.Name;
        Info = new FeatureInfo(
            Name,
            string.IsNullOrWhiteSpace(feature?.Description) ? null : feature.Description.Trim(),
            feature is null ? [] : [.. feature.Tags.Select(t => TagName(t.Name))],
            uri,
            feature?.Language ?? "en");
    }

    /// <summary>Path relative to the test output folder, with forward slashes (e.g. <c>features/lookup/x.feature</c>).</summary>
    public string Uri { get; }

    public string Source { get; }

    public Messages.GherkinDocument Document { get; }

    public IReadOnlyList<Messages.Pickle> Pickles { get; }

    /// <summary>The feature's name, or the URI when the feature has none.</summary>
    public string Name { get; }

    public FeatureInfo Info { get; }

    /// <summary>The runnable scenarios in file order.</summary>
    public IReadOnlyList<ScenarioDescriptor> Scenarios => _scenarios;

    public ScenarioDescriptor? FindScenario(string key) => _byKey.GetValueOrDefault(key);

    internal void Add(ScenarioDescriptor scenario)
    {
        if (!_byKey.TryAdd(scenario.Key, scenario))
            throw new InvalidOperationException($"Two scenarios of {Uri} share the key {scenario.Key}.");
        _scenarios.Add(scenario);
    }

    /// <summary>A tag without its leading <c>@</c>.</summary>
    public static string TagName(string tag) => tag.StartsWith('@') ? tag[1..] : tag;
}
