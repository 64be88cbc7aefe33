using System.Text;
using System.Text.RegularExpressions;

namespace EclipseConformance.Gherkin.Expressions;

/// <summary>
/// A compiled Cucumber expression: literal text, <c>{type}</c> parameters, optional text <c>(s)</c>, alternatives
/// <c>a/b</c> (bounded by whitespace or parameters) and <c>\</c> escapes. It must match the whole step text.
/// </summary>
internal sealed class CucumberExpression : IStepExpression
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);
    private readonly Regex _regex;
    private readonly List<ParameterType> _parameters = [];

    /// <param name="source">The expression.</param>
    /// <param name="parameterTargets">The bound method's parameter types, used to resolve <c>{EnumName}</c>.</param>
    public CucumberExpression(string source, IReadOnlyList<Type>? parameterTargets = null)
    {
        Source = source ?? throw new ArgumentNullException(nameof(source));
        var nodes = CucumberExpressionParser.Parse(source);
        var pattern = new StringBuilder("^");
        foreach (var segment in Segment(nodes))
            AppendSegment(pattern, segment, parameterTargets);
        pattern.Append('$');
        RegexSource = pattern.ToString();
        _regex = new Regex(RegexSource, RegexOptions.CultureInvariant, MatchTimeout);
    }

    public string Source { get; }

    public bool IsRegex => false;

    public int ParameterCount => _parameters.Count;

    /// <summary>The regular expression this expression compiles to.</summary>
    public string RegexSource { get; }

    /// <summary>The parameter type names, in order (for reports).</summary>
    public IReadOnlyList<string> ParameterTypeNames => [.. _parameters.Select(p => p.Name)];

    public IReadOnlyList<MatchedArgument>? Match(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var match = _regex.Match(text);
        if (!match.Success)
            return null;

        var arguments = new List<MatchedArgument>(_parameters.Count);
        for (var i = 0; i < _parameters.Count; i++)
        {
            var group = match.Groups[i + 1];
            arguments.Add(new MatchedArgument(
                group.Success ? _parameters[i].Transform(group.Value) : null,
                group.Success ? group.Index : -1,
                _parameters[i].Name));
        }

        return arguments;
    }

    /// <summary>Splits the node list at whitespace and parameters: an alternation never crosses those.</summary>
    private static List<List<ExpressionNode>> Segment(IReadOnlyList<ExpressionNode> nodes)
    {
        var segments = new List<List<ExpressionNode>>();
        var current = new List<ExpressionNode>();
        foreach (var node in nodes)
        {
            if (node.Kind is ExpressionNodeKind.Whitespace or ExpressionNodeKind.Parameter)
            {
                if (current.Count > 0)
                    segments.Add(current);
                segments.Add([node]);
                current = [];
            }
            else
            {
                current.Add(node);
            }
        }

        if (current.Count > 0)
            segments.Add(current);
        return segments;
    }

    private void AppendSegment(StringBuilder pattern, List<ExpressionNode> segment, IReadOnlyList<Type>? targets)
    {
        if (segment is [{ Kind: ExpressionNodeKind.Parameter } parameter])
        {
            var target = targets is not null && _parameters.Count < targets.Count ? targets[_parameters.Count] : null;
            var type = ParameterTypes.Find(parameter.Text, target)
                ?? throw new StepExpressionException(
                    $"Undefined parameter type {{{parameter.Text}}} in \"{Source}\". Use int, long, short, byte, decimal, float, " +
                    "double, string, word, {} or the name of the enum type of the bound parameter.");
            _parameters.Add(type);
            pattern.Append("((?:").Append(type.Regex).Append("))");
            return;
        }

        if (!segment.Exists(n => n.Kind == ExpressionNodeKind.Alternation))
        {
            AppendLiteral(pattern, segment);
            return;
        }

        var alternatives = new List<List<ExpressionNode>> { new() };
        foreach (var node in segment)
        {
            if (node.Kind == ExpressionNodeKind.Alternation)
                alternatives.Add([]);
            else
                alternatives[^1].Add(node);
        }

        if (alternatives.Exists(a => a.Count == 0))
            throw new StepExpressionException($"An alternative may not be empty in \"{Source}\" (escape a literal slash as \\/).");

        pattern.Append("(?:");
        for (var i = 0; i < alternatives.Count; i++)
        {
            if (i > 0)
                pattern.Append('|');
            AppendLiteral(pattern, alternatives[i]);
        }

        pattern.Append(')');
    }

    private static void AppendLiteral(StringBuilder pattern, List<ExpressionNode> nodes)
    {
        foreach (var node in nodes)
        {
            if (node.Kind == ExpressionNodeKind.Optional)
            {
                pattern.Append("(?:").Append(string.Join('|', node.Alternatives.Select(Regex.Escape))).Append(")?");
            }
            else
            {
                pattern.Append(Regex.Escape(node.Text));
            }
        }
    }
}
