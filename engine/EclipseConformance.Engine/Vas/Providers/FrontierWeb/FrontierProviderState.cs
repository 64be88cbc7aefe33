using System.Text.Json;
using System.Text.Json.Nodes;

namespace EclipseConformance.Engine.Vas;

/// <summary>
/// What the FrontierWeb provider keeps on a payment between steps: the request ids of its pre-vend and vend (so a
/// repeated call is the same call to FrontierWeb, which replays it) and the pre-vend's answer (extraInfo's first phase).
/// </summary>
public sealed record FrontierProviderState(string PrevendRequestId, string VendRequestId, string? PrevendResponse)
{
    public static FrontierProviderState Read(string json)
    {
        var node = JsonNode.Parse(json) as JsonObject ?? [];
        return new FrontierProviderState(
            node["prevendRequestId"]?.GetValue<string>() ?? "",
            node["vendRequestId"]?.GetValue<string>() ?? "",
            node["prevendResponse"]?.GetValue<string>());
    }

    public string Write()
    {
        var node = new JsonObject
        {
            ["prevendRequestId"] = PrevendRequestId,
            ["vendRequestId"] = VendRequestId,
        };
        if (PrevendResponse is not null)
        {
            node["prevendResponse"] = PrevendResponse;
        }

        return node.ToJsonString(JsonSerializerOptions.Default);
    }
}
