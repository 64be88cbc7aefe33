namespace EclipseConformance.Gherkin.Parsing;

/// <summary>The feature files of a test run, and the files that failed to parse.</summary>
internal sealed class FeatureSet(string baseDirectory, string root, IReadOnlyList<FeatureFile> features, IReadOnlyList<FeatureParseException> errors)
{
    private readonly Dictionary<string, FeatureFile> _byUri = features.ToDictionary(f => f.Uri, StringComparer.Ordinal);

    /// <summary>The folder feature URIs are relative to (the test output folder).</summary>
    public string BaseDirectory { get; } = baseDirectory;

    /// <summary>The folder that was searched.</summary>
    public string Root { get; } = root;

    public IReadOnlyList<FeatureFile> Features { get; } = features;

    public IReadOnlyList<FeatureParseException> Errors { get; } = errors;

    public FeatureFile? Find(string uri) => _byUri.GetValueOrDefault(uri);

    public static FeatureSet Of(params FeatureFile[] features) => new(string.Empty, string.Empty, features, []);
}
