namespace EclipseConformance.Gherkin.Parsing;

/// <summary>A feature file is not valid Gherkin; the message names the file, line and column.</summary>
internal sealed class FeatureParseException(string uri, int line, string message)
    : Exception($"{uri}:{line}: {message}")
{
    public string Uri { get; } = uri;

    public int Line { get; } = line;
}
