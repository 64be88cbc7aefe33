using System.Text.Json;

namespace EclipseConformance.Simulators;

/// <summary>What a simulator answers: status, content type and body (faults may still replace it).</summary>
public sealed record SimResponse(int StatusCode, string ContentType, string Body)
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public const string JsonContentType = "application/json; charset=utf-8";

    public const string XmlContentType = "text/xml; charset=utf-8";

    public static SimResponse Json(int statusCode, object body) =>
        new(statusCode, JsonContentType, JsonSerializer.Serialize(body, JsonOptions));

    public static SimResponse Xml(int statusCode, string xml) => new(statusCode, XmlContentType, xml);
}
