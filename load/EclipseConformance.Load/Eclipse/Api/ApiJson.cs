using System.Text.Json;

namespace EclipseConformance.Load.Eclipse.Api;

/// <summary>JSON settings for the engine's wire format (camelCase, numbers for amounts).</summary>
internal static class ApiJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
