using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace EclipseConformance.Engine.Rules;

public sealed partial class RuleFileBinder
{
    private (Dictionary<string, string?> Global, Dictionary<long, IReadOnlyDictionary<string, string?>> Tenants) BindConfigItems(JObject? section)
    {
        var global = section?["global"] is JObject g ? Items(g) : [];
        var tenants = new Dictionary<long, IReadOnlyDictionary<string, string?>>();
        if (section?["tenants"] is JObject t)
        {
            foreach (var tenant in t.Properties())
            {
                if (tenant.Value is JObject items)
                {
                    tenants[long.Parse(tenant.Name, CultureInfo.InvariantCulture)] = Items(items);
                }
            }
        }

        return (global, tenants);
    }

    private Dictionary<string, string?> Items(JObject items)
    {
        var result = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var item in items.Properties())
        {
            var value = item.Value.Type switch
            {
                JTokenType.Null => null,
                JTokenType.String => item.Value.Value<string>(),
                JTokenType.Boolean => item.Value.Value<bool>() ? "true" : "false",
                JTokenType.Object or JTokenType.Array => item.Value.ToString(Formatting.None),
                _ => ((JValue)item.Value).ToString(CultureInfo.InvariantCulture),
            };
            if (ConfigItemRules.Check(item.Name, value) is { } problem)
            {
                Problem(item, $"config item '{item.Name}': {problem}");
                continue;
            }

            result[item.Name] = value;
        }

        return result;
    }
}
