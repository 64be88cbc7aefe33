using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace EclipseConformance.Engine.Rules;

/// <summary>A rule file read into a JSON tree, with the source position of every node.</summary>
public sealed class ParsedRuleFile(RuleSource source, JObject root, IReadOnlyDictionary<JToken, (int Line, int Column)>? yamlMarks)
{
    public RuleSource Source { get; } = source;

    public JObject Root { get; } = root;

    /// <summary>Line and column (1-based) of a node: from the YAML marks, or from Json.NET's line info for JSON.</summary>
    public (int Line, int Column)? PositionOf(JToken? token)
    {
        for (var t = token; t is not null; t = t.Parent)
        {
            if (yamlMarks is not null)
            {
                if (yamlMarks.TryGetValue(t, out var mark))
                {
                    return mark;
                }
            }
            else if (t is IJsonLineInfo info && info.HasLineInfo())
            {
                return (info.LineNumber, info.LinePosition);
            }
        }

        return null;
    }

    public RuleProblem Problem(JToken? token, string message)
    {
        var pointer = JsonPointers.Of(token);
        var position = PositionOf(token);
        return new RuleProblem(Source.Name, JsonPointers.RuleName(Root, pointer), position?.Line, position?.Column, pointer, message);
    }

    public RuleProblem Problem(string pointer, string message) => Problem(JsonPointers.Find(Root, pointer), message) with { Pointer = pointer };
}
