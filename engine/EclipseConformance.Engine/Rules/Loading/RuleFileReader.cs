using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace EclipseConformance.Engine.Rules;

/// <summary>Reads a rule file (JSON or YAML) into a <see cref="ParsedRuleFile"/>, or the syntax problem with its position.</summary>
public static class RuleFileReader
{
    public const int MaxBytes = 1024 * 1024;

    public static (ParsedRuleFile? File, RuleProblem? Problem) Read(RuleSource source)
    {
        if (source.Text.Length > MaxBytes)
        {
            return (null, new RuleProblem(source.Name, "(document)", null, null, "", $"the file is larger than {MaxBytes} characters"));
        }

        return source.IsJson ? ReadJson(source) : ReadYaml(source);
    }

    private static (ParsedRuleFile?, RuleProblem?) ReadYaml(RuleSource source)
    {
        var (root, marks, error) = YamlTree.Parse(source.Text);
        if (error is { } e)
        {
            return (null, new RuleProblem(source.Name, "(document)", e.Line, e.Column, "", e.Message));
        }

        return root is JObject o
            ? (new ParsedRuleFile(source, o, marks), null)
            : (null, new RuleProblem(source.Name, "(document)", 1, 1, "", "the document must be a mapping (version, policies, configItems, rules, behaviours)"));
    }

    private static (ParsedRuleFile?, RuleProblem?) ReadJson(RuleSource source)
    {
        try
        {
            using var reader = new JsonTextReader(new StringReader(source.Text))
            {
                FloatParseHandling = FloatParseHandling.Decimal,
                DateParseHandling = DateParseHandling.None,
                MaxDepth = 64,
            };
            var settings = new JsonLoadSettings
            {
                LineInfoHandling = LineInfoHandling.Load,
                DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error,
                CommentHandling = CommentHandling.Ignore,
            };
            var root = JToken.ReadFrom(reader, settings);
            if (reader.Read())
            {
                return (null, new RuleProblem(source.Name, "(document)", reader.LineNumber, reader.LinePosition, "", "unexpected content after the JSON document"));
            }

            return root is JObject o
                ? (new ParsedRuleFile(source, o, null), null)
                : (null, new RuleProblem(source.Name, "(document)", 1, 1, "", "the document must be a JSON object"));
        }
        catch (JsonReaderException ex)
        {
            var message = ex.Message;
            var cut = message.IndexOf(" Path '", StringComparison.Ordinal);
            return (null, new RuleProblem(source.Name, "(document)", ex.LineNumber, ex.LinePosition, "", "JSON syntax: " + (cut > 0 ? message[..cut] : message)));
        }
    }
}
