using System.Text.Json.Nodes;
using EclipseConformance.TestKit;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EclipseConformance.Engine.Tests.Hostile;

/// <summary>The kind of a body property, as far as hostile input cares.</summary>
public enum FieldKind
{
    String,
    Integer,
    Number,
    Boolean,
    Array,
    Object,
}

/// <summary>
/// One route of the engine as the fuzzer sees it: method, route pattern, query parameter names and body properties.
/// The route list comes from the running engine's <see cref="EndpointDataSource"/> (so a new route is fuzzed without
/// anyone listing it); query and body shapes come from the OpenAPI documents the same engine serves.
/// </summary>
public sealed record ApiOperation(string Method, string Pattern, IReadOnlyList<string> Query, IReadOnlyList<(string Name, FieldKind Kind)>? Body)
{
    public bool HasJsonBody => Body is not null;

    public override string ToString() => $"{Method} {Pattern}";

    public static async Task<List<ApiOperation>> ReadAsync(EngineFixture engine)
    {
        using var anonymous = engine.Anonymous();
        var documents = new List<JsonObject>();
        foreach (var name in new[] { "eclipse", "control" })
        {
            var document = await anonymous.GetAsync($"/openapi/{name}.json");
            documents.Add(document.Json?.AsObject() ?? throw new InvalidOperationException(document.ToString()));
        }

        var routes = engine.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/eclipse-conductor/", StringComparison.Ordinal) || e.RoutePattern.RawText.StartsWith("/sim/", StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (Method: m, Pattern: e.RoutePattern.RawText!.TrimEnd('/'))))
            .Distinct()
            .ToList();
        return routes.Select(r => Describe(r.Method, r.Pattern, documents)).ToList();
    }

    private static ApiOperation Describe(string method, string pattern, List<JsonObject> documents)
    {
        var openApiPath = System.Text.RegularExpressions.Regex.Replace(pattern, @"\{(\w+)(:[^}]*)?\}", "{$1}");
        foreach (var document in documents)
        {
            if (document["paths"]?[openApiPath]?[method.ToLowerInvariant()] is not JsonObject operation)
            {
                continue;
            }

            var query = operation["parameters"]?.AsArray().Where(p => p!["in"]!.GetValue<string>() == "query")
                .Select(p => p!["name"]!.GetValue<string>()).ToList() ?? [];
            var schema = operation["requestBody"]?["content"]?["application/json"]?["schema"];
            return new ApiOperation(method, pattern, query, schema is null ? null : Properties(Resolve(schema, document), document));
        }

        // Not described: still fuzzed, with the query names every list takes.
        return new ApiOperation(method, pattern, ["limit", "offset"], null);
    }

    private static JsonNode Resolve(JsonNode schema, JsonObject document) =>
        schema["$ref"]?.GetValue<string>() is { } reference
            ? document["components"]!["schemas"]![reference["#/components/schemas/".Length..]]!
            : schema;

    private static List<(string, FieldKind)> Properties(JsonNode schema, JsonObject document) =>
        schema["properties"] is JsonObject properties
            ? properties.Select(p => (p.Key, Kind(Resolve(p.Value!, document)))).ToList()
            : [];

    private static FieldKind Kind(JsonNode schema)
    {
        var types = schema["type"] switch
        {
            JsonArray array => array.Select(t => t!.GetValue<string>()).ToList(),
            JsonValue value => [value.GetValue<string>()],
            _ => [],
        };
        return types.Contains("integer") ? FieldKind.Integer
            : types.Contains("number") || schema["format"]?.GetValue<string>() is "double" or "float" or "decimal" ? FieldKind.Number
            : types.Contains("boolean") ? FieldKind.Boolean
            : types.Contains("array") ? FieldKind.Array
            : types.Contains("object") || schema["properties"] is not null ? FieldKind.Object
            : FieldKind.String;
    }
}
