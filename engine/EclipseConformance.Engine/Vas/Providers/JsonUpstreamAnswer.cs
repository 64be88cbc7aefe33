using System.Text.Json.Nodes;

namespace EclipseConformance.Engine.Vas;

/// <summary>
/// One answer of a JSON REST upstream: the HTTP status and the parsed body, or — when there was no usable answer
/// (timeout, connection failure, body too large or not JSON) — <see cref="Problem"/>.
/// </summary>
public sealed record JsonUpstreamAnswer(int Status, JsonNode? Body, string? Problem)
{
    public bool Usable => Problem is null;

    public bool IsSuccess => Usable && Status is >= 200 and < 300;

    /// <summary>A string member of the body, or null.</summary>
    public string? Text(string name) => Body is JsonObject o && o[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    public static JsonUpstreamAnswer Unusable(string problem) => new(0, null, problem);
}
