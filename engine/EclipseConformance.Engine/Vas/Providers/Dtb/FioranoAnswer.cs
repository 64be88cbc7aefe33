using System.Text.Json.Nodes;

namespace EclipseConformance.Engine.Vas;

/// <summary>
/// One Fiorano answer: a JSON body with its HTTP status, or — for timeouts, connection failures, 5xx and unreadable
/// bodies — <see cref="IsUsable"/> false with a description (the upstream state is then unknown).
/// </summary>
public sealed record FioranoAnswer(int StatusCode, JsonObject? Body, string? Problem)
{
    public bool IsUsable => Body is not null && Problem is null;

    public bool IsSuccess => IsUsable && StatusCode is >= 200 and < 300;

    /// <summary>A 4xx with Fiorano's own body: the gateway refused the request.</summary>
    public bool IsRefusal => IsUsable && StatusCode is >= 400 and < 500;

    public string? Text(string name) => Body?[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : Body?[name]?.ToJsonString();

    /// <summary>Fiorano's description and code, e.g. "PRN 123 is not valid. (E03)".</summary>
    public string Describe() => IsUsable ? $"{Text("statusDescription") ?? "no description"} ({Text("statusCode") ?? StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture)})" : Problem ?? "no answer";

    public static FioranoAnswer Unusable(string problem) => new(0, null, problem);
}
