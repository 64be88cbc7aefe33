using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Xml.Linq;

namespace EclipseConformance.Engine.Vas;

/// <summary>
/// Renders a FrontierWeb result element as the compact JSON the VAS document shows inside extraInfo's <c>val</c>:
/// element names are property names in document order, <c>xsi:nil</c> is null, <c>soapenc:Array</c> is a list, leaves
/// typed <c>xsd:int/long/decimal/boolean</c> are numbers/booleans (decimals keep their digits, <c>1000.00</c>), the
/// rest are strings.
/// </summary>
public static class FrontierResultJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    public static string ToJson(XElement element)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            Write(writer, element);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void Write(Utf8JsonWriter writer, XElement element)
    {
        if ((string?)element.Attribute(FrontierSoap.Xsi + "nil") == "true")
        {
            writer.WriteNullValue();
            return;
        }

        var type = (string?)element.Attribute(FrontierSoap.Xsi + "type");
        if (type is not null && type.EndsWith(":Array", StringComparison.Ordinal))
        {
            writer.WriteStartArray();
            foreach (var item in element.Elements())
            {
                Write(writer, item);
            }

            writer.WriteEndArray();
            return;
        }

        if (element.HasElements)
        {
            writer.WriteStartObject();
            foreach (var child in element.Elements())
            {
                writer.WritePropertyName(child.Name.LocalName);
                Write(writer, child);
            }

            writer.WriteEndObject();
            return;
        }

        var text = element.Value;
        switch (type)
        {
            case "xsd:int" or "xsd:long" when long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number):
                writer.WriteNumberValue(number);
                break;
            case "xsd:decimal" when decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount):
                writer.WriteRawValue(amount.ToString(CultureInfo.InvariantCulture), skipInputValidation: true); // keeps the scale: 1000.00
                break;
            case "xsd:boolean" when text is "true" or "false":
                writer.WriteBooleanValue(text == "true");
                break;
            default:
                writer.WriteStringValue(text);
                break;
        }
    }
}
