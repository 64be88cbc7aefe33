using System.Net;
using System.Text.Json.Nodes;

namespace EclipseConformance.TestKit;

/// <summary>A response as a test sees it: status, raw text, parsed JSON and headers.</summary>
public sealed record ApiResponse(HttpStatusCode Status, string Text, JsonNode? Json, IReadOnlyDictionary<string, string> Headers)
{
    public int Code => (int)Status;

    /// <summary>The first error of Eclipse's envelope (throws when the body is not an envelope).</summary>
    public JsonObject Error => Json is JsonArray { Count: > 0 } array && array[0] is JsonObject first
        ? first
        : throw new InvalidOperationException($"Expected an error envelope but got {Code}: {Text}");

    public string ErrorCode => Error["code"]!.GetValue<string>();

    /// <summary>
    /// The JSON array of a successful list response; throws for any other status, so an error envelope (also a JSON array)
    /// can never be mistaken for a list.
    /// </summary>
    public System.Text.Json.Nodes.JsonArray OkArray() =>
        Code == 200 && Json is System.Text.Json.Nodes.JsonArray array ? array : throw new InvalidOperationException($"Expected 200 with a JSON array but got {Code}: {Text}");

    public ApiResponse EnsureStatus(HttpStatusCode expected) =>
        Status == expected ? this : throw new InvalidOperationException($"Expected {(int)expected} but got {Code}: {Text}");

    /// <summary>True when the body is Eclipse's envelope with every field present and well formed.</summary>
    public bool IsEnvelope()
    {
        if (Json is not JsonArray { Count: > 0 } array)
        {
            return false;
        }

        foreach (var node in array)
        {
            if (node is not JsonObject e || e["type"] is null || e["severity"] is null || e["description"] is null || e["code"] is null
                || e["traceId"]?.GetValue<string>() is not { Length: 32 } || e["spanId"]?.GetValue<string>() is not { Length: 16 })
            {
                return false;
            }
        }

        return true;
    }

    public override string ToString() => $"{Code} {Text}";
}
