namespace EclipseConformance.Gherkin.Expressions;

/// <summary>A compiled step pattern: a Cucumber expression or a regular expression.</summary>
internal interface IStepExpression
{
    /// <summary>The pattern as written in the attribute.</summary>
    string Source { get; }

    /// <summary>True for a regular expression, false for a Cucumber expression.</summary>
    bool IsRegex { get; }

    /// <summary>How many arguments a match produces.</summary>
    int ParameterCount { get; }

    /// <summary>The arguments when the whole text matches; null otherwise.</summary>
    IReadOnlyList<MatchedArgument>? Match(string text);
}
