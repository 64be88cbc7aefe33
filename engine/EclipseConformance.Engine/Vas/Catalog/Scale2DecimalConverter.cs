using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace EclipseConformance.Engine.Vas;

/// <summary>Writes catalog prices with two decimals (<c>10.00</c>), as the VAS document's catalog shows them.</summary>
public sealed class Scale2DecimalConverter : JsonConverter<decimal?>
{
    public override bool HandleNull => false;

    public override decimal? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out var value) ? value : throw new JsonException("Expected a number.");

    public override void Write(Utf8JsonWriter writer, decimal? value, JsonSerializerOptions options)
    {
        if (value is not { } amount)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteRawValue(amount.ToString("0.00", CultureInfo.InvariantCulture), skipInputValidation: true);
    }
}
