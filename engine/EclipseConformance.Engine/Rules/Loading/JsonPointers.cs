using System.Text;
using Newtonsoft.Json.Linq;

namespace EclipseConformance.Engine.Rules;

/// <summary>RFC 6901 JSON pointers for nodes of a rule file, and the rule a pointer belongs to.</summary>
public static class JsonPointers
{
    public static string Of(JToken? token)
    {
        var segments = new List<string>();
        var t = token;
        while (t is not null)
        {
            if (t is JProperty property)
            {
                segments.Add(property.Name);
                t = property.Parent;
                continue;
            }

            if (t.Parent is JArray array)
            {
                segments.Add(array.IndexOf(t).ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            t = t.Parent;
        }

        var text = new StringBuilder();
        for (var i = segments.Count - 1; i >= 0; i--)
        {
            text.Append('/').Append(segments[i].Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal));
        }

        return text.ToString();
    }

    public static JToken? Find(JToken root, string pointer)
    {
        var current = root;
        foreach (var raw in Segments(pointer))
        {
            current = current switch
            {
                JObject o => o.Property(raw, StringComparison.Ordinal)?.Value,
                JArray a when int.TryParse(raw, System.Globalization.CultureInfo.InvariantCulture, out var i) && i >= 0 && i < a.Count => a[i],
                _ => null,
            };
            if (current is null)
            {
                return null;
            }
        }

        return current;
    }

    /// <summary>
    /// The rule a pointer is in: <c>policies.jwt</c>, <c>rules[name]</c>, <c>behaviours[name]</c>,
    /// <c>configItems.tenants.1001.HMACOutboundSignatureKey</c>, <c>simulators.fiorano.confirmationDelay</c>, or the
    /// top-level section.
    /// </summary>
    public static string RuleName(JToken root, string pointer)
    {
        var segments = Segments(pointer).ToList();
        if (segments.Count == 0)
        {
            return "(document)";
        }

        switch (segments[0])
        {
            case "policies" when segments.Count > 1:
                return "policies." + segments[1];
            case "rules" or "behaviours" when segments.Count > 1:
                var name = Find(root, $"/{segments[0]}/{segments[1]}/name") as JValue;
                return name?.Value is string s ? $"{segments[0]}[{s}]" : $"{segments[0]}[{segments[1]}]";
            case "configItems" or "simulators" when segments.Count > 1:
                return string.Join('.', segments);
            default:
                return segments[0];
        }
    }

    private static IEnumerable<string> Segments(string pointer) =>
        pointer.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => s.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal));
}
