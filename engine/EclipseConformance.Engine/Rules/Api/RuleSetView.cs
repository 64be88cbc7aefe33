using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using EclipseConformance.Engine.Primitives;

namespace EclipseConformance.Engine.Rules;

/// <summary>
/// What <c>GET /sim/v1/rules</c> answers: the active set (files, version, policies, config items, rules, behaviours, the
/// simulator settings in force and where each comes from) and the last refusal.
/// </summary>
public static class RuleSetView
{
    public static JsonObject Of(RulesRuntime runtime, BehaviourApplier applier, SimulatorSettingsApplier settings)
    {
        var set = runtime.Active;
        var applied = applier.AppliedNames;
        var view = new JsonObject
        {
            ["version"] = set.Version,
            ["hash"] = set.Hash,
            ["policyVersion"] = set.Policies.Version,
            ["loadedAt"] = Timestamps.ToWire(set.LoadedAt),
            ["files"] = new JsonArray([.. set.Files.Select(f => (JsonNode)new JsonObject
            {
                ["name"] = f.Name,
                ["layer"] = f.Layer.ToString().ToLowerInvariant(),
                ["hash"] = f.Hash,
            })]),
            ["policies"] = PolicyWriter.ToJson(set.Policies),
            ["callbackRetrySchedule"] = new JsonArray([.. set.Policies.CallbackRetry.Steps.Select(s => (JsonNode)new JsonObject
            {
                ["every"] = Durations.Format(s.Every),
                ["times"] = s.Times,
            })]),
            ["configItems"] = ConfigItems(set.ConfigItems),
            ["rules"] = new JsonArray([.. set.Rules.Select(Rule)]),
            ["behaviours"] = new JsonArray([.. set.Behaviours.Select(b => (JsonNode)new JsonObject
            {
                ["name"] = b.Name,
                ["upstream"] = b.Upstream,
                ["description"] = b.Description,
                ["source"] = b.Source,
                ["enabled"] = b.Enabled,
                ["applied"] = applied.Contains(b.Name),
                ["fault"] = JsonSerializer.SerializeToNode(b.Fault, RulesJsonContext.Default.FaultSpec),
            })]),
            ["simulators"] = Simulators(settings),
            ["runtimeDocument"] = runtime.RuntimeDocument?.Name,
        };
        if (runtime.LastProblems.Count > 0)
        {
            view["lastError"] = new JsonObject
            {
                ["at"] = runtime.LastProblemsAt is { } at ? Timestamps.ToWire(at) : null,
                ["problems"] = new JsonArray([.. runtime.LastProblems.Select(p => JsonSerializer.SerializeToNode(p, RulesJsonContext.Default.RuleProblem))]),
            };
        }

        return view;
    }

    private static JsonObject Simulators(SimulatorSettingsApplier settings)
    {
        var (delay, source) = settings.FioranoConfirmationDelay;
        return new JsonObject
        {
            ["fiorano"] = new JsonObject { ["confirmationDelay"] = Durations.Format(delay), ["source"] = source },
        };
    }

    private static JsonObject ConfigItems(RuleConfigItems items)
    {
        var tenants = new JsonObject();
        foreach (var (tenant, values) in items.ByTenant.Where(t => t.Key != 0).OrderBy(t => t.Key))
        {
            tenants[tenant.ToString(CultureInfo.InvariantCulture)] = Values(values);
        }

        return new JsonObject { ["global"] = Values(items.For(0)), ["tenants"] = tenants };
    }

    private static JsonObject Values(IReadOnlyDictionary<string, string> values)
    {
        var json = new JsonObject();
        foreach (var (key, value) in values.OrderBy(v => v.Key, StringComparer.Ordinal))
        {
            json[key] = value;
        }

        return json;
    }

    private static JsonNode Rule(DecisionRule r)
    {
        var then = new JsonObject { ["action"] = WireNames.Of(r.Then.Kind) };
        if (r.Then.Kind == RuleActionKind.Reject)
        {
            then["status"] = r.Then.Status;
            then["code"] = r.Then.Code;
            then["description"] = r.Then.Description;
            then["severity"] = r.Then.Severity;
        }

        return new JsonObject
        {
            ["name"] = r.Name,
            ["on"] = WireNames.Of(r.On),
            ["when"] = r.When.ToString(),
            ["then"] = then,
            ["description"] = r.Description,
            ["source"] = r.Source,
            ["enabled"] = r.Enabled,
        };
    }
}
