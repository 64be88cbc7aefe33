using System.Text.Json;
using System.Text.Json.Nodes;

namespace EclipseConformance.Engine.Vas;

/// <summary>Reads a tenant's Cellulant bundles JSON (an array of service objects, ADR 0031); null when it is not that shape.</summary>
public static class CellulantBundles
{
    public const int MaxServices = 200;

    public static IReadOnlyList<CellulantBundle>? Parse(string json)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json);
        }
        catch (JsonException)
        {
            return null;
        }

        if (root is not JsonArray services || services.Count > MaxServices)
        {
            return null;
        }

        var bundles = new List<CellulantBundle>();
        foreach (var node in services)
        {
            if (node is not JsonObject s || Text(s, "serviceCode") is not { Length: > 0 and <= 60 } code || code.Contains('_', StringComparison.Ordinal))
            {
                return null;
            }

            bundles.Add(new CellulantBundle(code, Text(s, "name") ?? code, Text(s, "description"), Text(s, "category"), Text(s, "accountLabel"), Text(s, "accountRegex")));
        }

        return bundles;
    }

    private static string? Text(JsonObject o, string name) => o[name] is JsonValue v && v.TryGetValue<string>(out var text) ? text : null;
}
