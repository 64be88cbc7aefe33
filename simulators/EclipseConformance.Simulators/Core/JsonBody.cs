using System.Globalization;
using System.Text.Json;

namespace EclipseConformance.Simulators;

/// <summary>Reads a JSON request body without throwing: the root object, or null when the body is not a JSON object.</summary>
public static class JsonBody
{
    public static JsonElement? Object(SimRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            using var document = JsonDocument.Parse(request.Body);
            return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>A string or number property as text; null when absent or another kind.</summary>
    public static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;

    /// <summary>A decimal property given as a number or a numeric string; null otherwise.</summary>
    public static decimal? Decimal(JsonElement element, string name) =>
        Text(element, name) is { } text && decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var amount)
            ? amount
            : null;
}
