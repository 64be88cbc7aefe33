using System.Text;

namespace EclipseConformance.Gherkin.Expressions;

/// <summary>Turns a Cucumber expression into text, whitespace, alternation, optional and parameter nodes.</summary>
internal static class CucumberExpressionParser
{
    public static IReadOnlyList<ExpressionNode> Parse(string source)
    {
        var nodes = new List<ExpressionNode>();
        var i = 0;
        while (i < source.Length)
        {
            var c = source[i];
            switch (c)
            {
                case '\\':
                    nodes.Add(ExpressionNode.Of(ExpressionNodeKind.Text, Escaped(source, i).ToString()));
                    i += 2;
                    break;
                case '{':
                    nodes.Add(ReadParameter(source, ref i));
                    break;
                case '(':
                    nodes.Add(ReadOptional(source, ref i));
                    break;
                case ')' or '}':
                    throw new StepExpressionException(
                        $"Unmatched '{c}' at column {i + 1} in \"{source}\" (escape a literal one as \\{c}).");
                case '/':
                    nodes.Add(ExpressionNode.Of(ExpressionNodeKind.Alternation, "/"));
                    i++;
                    break;
                default:
                    nodes.Add(ExpressionNode.Of(char.IsWhiteSpace(c) ? ExpressionNodeKind.Whitespace : ExpressionNodeKind.Text, c.ToString()));
                    i++;
                    break;
            }
        }

        return nodes;
    }

    private static char Escaped(string source, int index) =>
        index + 1 < source.Length
            ? source[index + 1]
            : throw new StepExpressionException($"The expression \"{source}\" ends with an unfinished escape '\\'.");

    private static ExpressionNode ReadParameter(string source, ref int i)
    {
        var start = i;
        var name = new StringBuilder();
        i++;
        while (i < source.Length && source[i] != '}')
        {
            var c = source[i];
            if (c is '{' or '(' or ')' or '/' or '\\' || char.IsWhiteSpace(c))
                throw new StepExpressionException($"A parameter name may not contain '{c}' (column {i + 1} in \"{source}\").");
            name.Append(c);
            i++;
        }

        if (i >= source.Length)
            throw new StepExpressionException($"The parameter opened at column {start + 1} in \"{source}\" is not closed with '}}'.");
        i++;
        return ExpressionNode.Of(ExpressionNodeKind.Parameter, name.ToString());
    }

    private static ExpressionNode ReadOptional(string source, ref int i)
    {
        var start = i;
        var alternatives = new List<StringBuilder> { new() };
        i++;
        while (i < source.Length && source[i] != ')')
        {
            var c = source[i];
            switch (c)
            {
                case '\\':
                    alternatives[^1].Append(Escaped(source, i));
                    i += 2;
                    continue;
                case '{':
                    throw new StepExpressionException($"An optional may not contain a parameter (column {i + 1} in \"{source}\").");
                case '(':
                    throw new StepExpressionException($"Optionals may not be nested (column {i + 1} in \"{source}\").");
                case '/':
                    alternatives.Add(new StringBuilder());
                    break;
                default:
                    alternatives[^1].Append(c);
                    break;
            }

            i++;
        }

        if (i >= source.Length)
            throw new StepExpressionException($"The optional opened at column {start + 1} in \"{source}\" is not closed with ')'.");
        i++;
        if (alternatives.Exists(a => a.Length == 0))
            throw new StepExpressionException($"An optional must contain some text (column {start + 1} in \"{source}\").");
        return new ExpressionNode(ExpressionNodeKind.Optional, string.Empty, [.. alternatives.Select(a => a.ToString())]);
    }
}
