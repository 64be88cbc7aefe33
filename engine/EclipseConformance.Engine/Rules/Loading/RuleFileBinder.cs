using System.Globalization;
using Newtonsoft.Json.Linq;

namespace EclipseConformance.Engine.Rules;

/// <summary>
/// Turns a schema-valid rule file into typed sections, checking what a schema cannot: durations and amounts in
/// range, time zones, expressions (compiled), config-item formats, unique names, known upstreams. Every problem
/// names the file, the rule and the position.
/// </summary>
public sealed partial class RuleFileBinder
{
    private readonly ParsedRuleFile _file;

    private RuleFileBinder(ParsedRuleFile file) => _file = file;

    public List<RuleProblem> Problems { get; } = [];

    /// <summary>Reads, schema-validates and binds one source.</summary>
    public static (RuleFile? File, IReadOnlyList<RuleProblem> Problems) Load(RuleSource source, IReadOnlyCollection<string> upstreams)
    {
        var (parsed, syntax) = RuleFileReader.Read(source);
        if (parsed is null)
        {
            return (null, [syntax!]);
        }

        var schemaProblems = RuleSchema.Validate(parsed);
        if (schemaProblems.Count > 0)
        {
            return (null, schemaProblems);
        }

        var binder = new RuleFileBinder(parsed);
        var policies = parsed.Root["policies"] as JObject;
        if (policies is not null)
        {
            binder.ApplyPolicies(PolicySnapshot.Defaults, policies);
        }

        var (global, tenants) = binder.BindConfigItems(parsed.Root["configItems"] as JObject);
        var rules = binder.BindRules(parsed.Root["rules"] as JArray);
        var behaviours = binder.BindBehaviours(parsed.Root["behaviours"] as JArray, upstreams);
        var simulators = parsed.Root["simulators"] as JObject;
        if (simulators is not null)
        {
            binder.ApplySimulators(SimulatorSettings.None, simulators);
        }

        return binder.Problems.Count > 0
            ? (null, binder.Problems)
            : (new RuleFile(parsed, policies, global, tenants, rules, behaviours, simulators), []);
    }

    /// <summary>Applies a file's <c>policies</c> section over <paramref name="current"/> (used again when layering files).</summary>
    public static PolicySnapshot ApplyPolicies(RuleFile file, PolicySnapshot current, List<RuleProblem> problems) =>
        ApplySection(file, file.Policies, current, problems, (binder, value, section) => binder.ApplyPolicies(value, section));

    /// <summary>Binds one optional section of <paramref name="file"/> over <paramref name="current"/>, collecting its problems.</summary>
    private static T ApplySection<T>(RuleFile file, JObject? section, T current, List<RuleProblem> problems, Func<RuleFileBinder, T, JObject, T> apply)
    {
        if (section is null)
        {
            return current;
        }

        var binder = new RuleFileBinder(file.Parsed);
        var result = apply(binder, current, section);
        problems.AddRange(binder.Problems);
        return result;
    }

    private void Problem(JToken? token, string message) => Problems.Add(_file.Problem(token, message));

    private TimeSpan Duration(JToken? token, TimeSpan current, TimeSpan min, TimeSpan max)
    {
        if (token is null || token.Type == JTokenType.Null)
        {
            return current;
        }

        if (!Durations.TryParse(token.Value<string>(), out var value))
        {
            Problem(token, "is not a duration (e.g. 500ms, 10s, 15m, 2h, 30d, 1w)");
            return current;
        }

        if (value < min || value > max)
        {
            Problem(token, $"must be between {Durations.Format(min)} and {Durations.Format(max)}");
            return current;
        }

        return value;
    }

    private T Enum<T>(JToken? token, T current)
        where T : struct, System.Enum
    {
        if (token is null || token.Type == JTokenType.Null)
        {
            return current;
        }

        if (WireNames.TryParse<T>(token.Value<string>(), out var value))
        {
            return value;
        }

        Problem(token, $"'{token}' is not a known value");
        return current;
    }

    private static int Int(JToken? token, int current) => token is JValue { Type: JTokenType.Integer } v ? v.Value<int>() : current;

    private static bool Bool(JToken? token, bool current) => token is JValue { Type: JTokenType.Boolean } v ? v.Value<bool>() : current;

    private decimal Amount(JToken? token, decimal current, decimal min, decimal max)
    {
        if (token is null || token.Type == JTokenType.Null)
        {
            return current;
        }

        var text = token.Type == JTokenType.String ? token.Value<string>()! : ((JValue)token).ToString(CultureInfo.InvariantCulture);
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount) || amount.Scale > 2)
        {
            Problem(token, "must be an amount with at most 2 decimals");
            return current;
        }

        if (amount < min || amount > max)
        {
            Problem(token, string.Create(CultureInfo.InvariantCulture, $"must be between {min} and {max}"));
            return current;
        }

        return amount;
    }
}
