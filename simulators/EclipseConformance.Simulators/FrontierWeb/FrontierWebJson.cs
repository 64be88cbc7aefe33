using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace EclipseConformance.Simulators.FrontierWeb;

/// <summary>
/// Turns a FrontierWeb result element into the JSON the VAS document shows inside extraInfo
/// (following the typing rules of <see cref="FrontierXml"/>). The engine can use it to render
/// extraInfo's "val" from a PreVend/Vend/TransactionCheck answer.
/// </summary>
public static class FrontierWebJson
{
    private static readonly JsonSerializerOptions Compact = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    public static JsonNode? ToJson(XElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        if ((string?)element.Attribute(FrontierXml.Xsi + "nil") == "true")
        {
            return null;
        }

        var type = (string?)element.Attribute(FrontierXml.Xsi + "type");
        if (type == "soapenc:Array")
        {
            return new JsonArray(element.Elements().Select(ToJson).ToArray());
        }

        if (element.HasElements)
        {
            var obj = new JsonObject();
            foreach (var child in element.Elements())
            {
                obj[child.Name.LocalName] = ToJson(child);
            }

            return obj;
        }

        var text = element.Value;
        return type switch
        {
            "xsd:int" or "xsd:long" => JsonValue.Create(long.Parse(text, CultureInfo.InvariantCulture)),
            "xsd:decimal" => JsonValue.Create(decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture)),
            "xsd:boolean" => JsonValue.Create(text == "true"),
            _ => JsonValue.Create(text),
        };
    }

    /// <summary>Compact JSON text, as it appears (before string-escaping) in extraInfo's "val".</summary>
    public static string ToJsonString(XElement element) => ToJson(element)?.ToJsonString(Compact) ?? "null";
}
