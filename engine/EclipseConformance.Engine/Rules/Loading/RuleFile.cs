using Newtonsoft.Json.Linq;

namespace EclipseConformance.Engine.Rules;

/// <summary>One rule file after schema and semantic validation: its sections, ready to be layered into a rule set.</summary>
public sealed record RuleFile(
    ParsedRuleFile Parsed,
    JObject? Policies,
    IReadOnlyDictionary<string, string?> GlobalItems,
    IReadOnlyDictionary<long, IReadOnlyDictionary<string, string?>> TenantItems,
    IReadOnlyList<DecisionRule> Rules,
    IReadOnlyList<SimulatorBehaviour> Behaviours,
    JObject? Simulators = null)
{
    public RuleSource Source => Parsed.Source;
}
