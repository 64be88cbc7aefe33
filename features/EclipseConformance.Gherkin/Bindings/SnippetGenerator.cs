using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using EclipseConformance.Gherkin.Parsing;

namespace EclipseConformance.Gherkin.Bindings;

/// <summary>
/// Suggests a C# step definition for an undefined step: quoted text becomes <c>{string}</c>, whole numbers
/// <c>{int}</c> (or <c>{long}</c>), numbers with a fraction <c>{decimal}</c>; other text is kept (escaped).
/// </summary>
internal static partial class SnippetGenerator
{
    public static string Generate(StepDescriptor step, StepDefinitionType keyword)
    {
        ArgumentNullException.ThrowIfNull(step);
        var (expression, parameters, words) = Describe(step.Text);
        var argument = step.Pickle.Argument;
        if (argument?.DataTable is not null)
            parameters.Add("DataTable dataTable");
        else if (argument?.DocString is not null)
            parameters.Add("string docString");

        var methodName = keyword + string.Concat(words.Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
        var literal = expression.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
        return new StringBuilder()
            .Append('[').Append(keyword).Append("(\"").Append(literal).Append("\")]\n")
            .Append("public void ").Append(methodName).Append('(').Append(string.Join(", ", parameters)).Append(")\n")
            .Append("{\n    throw new PendingStepException();\n}")
            .ToString();
    }

    private static (string Expression, List<string> Parameters, List<string> Words) Describe(string text)
    {
        var expression = new StringBuilder();
        var parameters = new List<string>();
        var words = new List<string>();
        var position = 0;
        foreach (Match match in Argument().Matches(text))
        {
            AppendLiteral(expression, words, text[position..match.Index]);
            var name = "p" + parameters.Count.ToString(CultureInfo.InvariantCulture);
            if (match.Groups["string"].Success)
            {
                expression.Append("{string}");
                parameters.Add("string " + name);
            }
            else if (match.Groups["fraction"].Success)
            {
                expression.Append("{decimal}");
                parameters.Add("decimal " + name);
            }
            else if (int.TryParse(match.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
            {
                expression.Append("{int}");
                parameters.Add("int " + name);
            }
            else
            {
                expression.Append("{long}");
                parameters.Add("long " + name);
            }

            position = match.Index + match.Length;
        }

        AppendLiteral(expression, words, text[position..]);
        return (expression.ToString(), parameters, words);
    }

    private static void AppendLiteral(StringBuilder expression, List<string> words, string literal)
    {
        foreach (var c in literal)
        {
            if (c is '\\' or '(' or ')' or '{' or '}' or '/')
                expression.Append('\\');
            expression.Append(c);
        }

        words.AddRange(Word().Matches(literal).Select(m => m.Value));
    }

    [GeneratedRegex("""(?<string>"(?:[^"\\]|\\.)*"|(?<=^|\s)'(?:[^'\\]|\\.)*'(?=$|\s|[,.;:!?]))|(?<=^|[\s(])-?\d+(?<fraction>\.\d+)?(?=$|[\s,;:!?)]|\.(?:\s|$))""")]
    private static partial Regex Argument();

    [GeneratedRegex(@"[\p{L}\p{Nd}]+")]
    private static partial Regex Word();
}
