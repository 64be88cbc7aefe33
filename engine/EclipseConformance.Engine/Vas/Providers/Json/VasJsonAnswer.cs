using System.Text.Json.Nodes;

namespace EclipseConformance.Engine.Vas;

/// <summary>
/// What one JSON provider call gave: the HTTP status and the parsed body, or why there is no usable answer
/// (<see cref="Status"/> null: timeout or connection failure; <see cref="Body"/> null: not JSON, or too large).
/// </summary>
public sealed record VasJsonAnswer(int? Status, JsonNode? Body, string? Problem)
{
    /// <summary>A JSON object answered with a 2xx status.</summary>
    public bool IsOk => Status is >= 200 and < 300 && Body is JsonObject;

    /// <summary>A 4xx answer other than 404/408/429: the provider refused the request itself (nothing was processed).</summary>
    public bool IsRefusal => Status is >= 400 and < 500 and not 404 and not 408 and not 429;

    /// <summary>A string or number property of the body as text.</summary>
    public string? Text(string name) => Body is JsonObject o && o[name] is JsonValue v ? v.ToString() : null;

    public string Describe(string upstream) => Problem ?? $"{upstream} answered HTTP {Status}";
}
