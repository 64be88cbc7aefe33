using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace EclipseConformance.Engine.Vas;

/// <summary>Cellulant's Beep JSON API: one endpoint, <c>{countryCode, function, payload: {credentials, packet: [...]}}</c> (ADR 0031).</summary>
public sealed class CellulantClient(VasJsonClient client, IOptionsMonitor<CellulantOptions> options)
{
    public async Task<CellulantAnswer> CallAsync(string countryCode, string function, JsonObject packet, CancellationToken cancellationToken)
    {
        var o = options.CurrentValue;
        var body = new JsonObject
        {
            ["countryCode"] = countryCode,
            ["function"] = function,
            ["payload"] = new JsonObject
            {
                ["credentials"] = new JsonObject { ["username"] = o.Username, ["password"] = o.Password },
                ["packet"] = new JsonArray(packet),
            },
        };
        var answer = await client.SendAsync(CellulantProvider.Upstream, o.BaseUrl, CellulantProvider.SimulatorName, HttpMethod.Post, o.EndpointPath, body, [], cancellationToken);
        var auth = answer.Body?["authStatus"]?["authStatusCode"] is JsonValue v && v.TryGetValue<int>(out var code) ? code : (int?)null;
        var result = answer.Body?["results"] is JsonArray { Count: > 0 } results ? results[0] as JsonObject : null;
        return new CellulantAnswer(answer, auth, result);
    }
}
