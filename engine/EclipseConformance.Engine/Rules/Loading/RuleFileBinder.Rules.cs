using Newtonsoft.Json.Linq;

namespace EclipseConformance.Engine.Rules;

public sealed partial class RuleFileBinder
{
    private List<DecisionRule> BindRules(JArray? section)
    {
        var rules = new List<DecisionRule>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in section?.OfType<JObject>() ?? [])
        {
            var name = token.Value<string>("name")!;
            if (!names.Add(name))
            {
                Problem(token["name"], $"another rule in this file is already named '{name}'");
                continue;
            }

            var then = (JObject)token["then"]!;
            var action = Enum(then["action"], RuleActionKind.Reject);
            var fallback = new RuleAction(RuleActionKind.Reject);
            var act = action == RuleActionKind.Allow
                ? RuleAction.Allow
                : new RuleAction(
                    RuleActionKind.Reject,
                    Int(then["status"], fallback.Status),
                    then.Value<string>("code") ?? fallback.Code,
                    then.Value<string>("description") ?? $"Rejected by rule '{name}'",
                    then.Value<string>("severity") ?? fallback.Severity);
            rules.Add(new DecisionRule(name, Enum(token["on"], DecisionPoint.Transfer), Condition(token["when"]!), act, token.Value<string>("description"), _file.Source.Name, Bool(token["enabled"], true)));
        }

        var compileProblems = new List<(DecisionRule Rule, string Pointer, string Message)>();
        RuleBook.Build(rules, compileProblems);
        foreach (var (_, pointer, message) in compileProblems)
        {
            Problems.Add(_file.Problem(pointer, message));
        }

        return rules;
    }

    private static RuleCondition Condition(JToken token)
    {
        var pointer = JsonPointers.Of(token);
        if (token.Type == JTokenType.String)
        {
            return RuleCondition.Of(token.Value<string>()!, pointer);
        }

        var group = (JObject)token;
        var (kind, children) = group.Properties().First() switch
        {
            { Name: "all" } p => (ConditionKind.All, p.Value.Select(Condition).ToArray()),
            { Name: "any" } p => (ConditionKind.Any, p.Value.Select(Condition).ToArray()),
            var p => (ConditionKind.Not, new[] { Condition(p.Value) }),
        };
        return new RuleCondition(kind, null, children, pointer);
    }
}
