namespace EclipseConformance.Gherkin.Expressions;

/// <summary>One argument captured from a step's text: its text (null for an unmatched optional group) and offset.</summary>
internal sealed record MatchedArgument(string? Value, int Start, string? ParameterTypeName);
