namespace EclipseConformance.Gherkin.Expressions;

/// <summary>
/// A Cucumber expression parameter type: its name, the regex it matches (no capturing groups inside) and how the
/// matched text becomes the value handed to the converter (e.g. <c>{string}</c> drops its quotes).
/// </summary>
internal sealed record ParameterType(string Name, string Regex, Func<string, string> Transform);
