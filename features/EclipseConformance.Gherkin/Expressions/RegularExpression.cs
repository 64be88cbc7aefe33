using System.Text.RegularExpressions;

namespace EclipseConformance.Gherkin.Expressions;

/// <summary>A regular-expression step pattern (it starts with <c>^</c> or ends with <c>$</c>); anchored at both ends.</summary>
internal sealed class RegularExpression : IStepExpression
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);
    private readonly Regex _regex;
    private readonly int[] _groups;

    public RegularExpression(string source)
    {
        Source = source ?? throw new ArgumentNullException(nameof(source));
        var pattern = (source.StartsWith('^') ? string.Empty : "^") + source + (source.EndsWith('$') ? string.Empty : "$");
        try
        {
            _regex = new Regex(pattern, RegexOptions.CultureInvariant, MatchTimeout);
        }
        catch (ArgumentException ex)
        {
            throw new StepExpressionException($"Invalid regular expression \"{source}\": {ex.Message}");
        }

        _groups = [.. _regex.GetGroupNumbers().Where(n => n > 0).Order()];
    }

    /// <summary>Reqnroll's rule: a pattern that starts with <c>^</c> or ends with <c>$</c> is a regular expression.</summary>
    public static bool IsRegexPattern(string pattern) => pattern.StartsWith('^') || pattern.EndsWith('$');

    public string Source { get; }

    public bool IsRegex => true;

    public int ParameterCount => _groups.Length;

    public IReadOnlyList<MatchedArgument>? Match(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var match = _regex.Match(text);
        if (!match.Success)
            return null;

        return [.. _groups.Select(n => match.Groups[n]).Select(g => new MatchedArgument(g.Success ? g.Value : null, g.Success ? g.Index : -1, null))];
    }
}
