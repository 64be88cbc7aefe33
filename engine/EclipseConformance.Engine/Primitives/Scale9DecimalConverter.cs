using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace EclipseConformance.Engine.Primitives;

/// <summary>
/// Writes every decimal the way Eclipse serialises BigDecimal amounts (scale 9, e.g. <c>13.000000000</c>) and
/// reads only JSON numbers (never strings, NaN or Infinity) that fit a decimal exactly.
/// </summary>
public sealed class Scale9DecimalConverter : JsonConverter<decimal>
{
    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw new JsonException($"Expected a number but found {reader.TokenType}.");
        }

        if (!reader.TryGetDecimal(out var value))
        {
            throw new JsonException("The number is out of range for an amount.");
        }

        return value;
    }

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options)
    {
        Span<byte> buffer = stackalloc byte[64];
        if (value.TryFormat(buffer, out var written, "0.000000000", CultureInfo.InvariantCulture))
        {
            writer.WriteRawValue(buffer[..written], skipInputValidation: true);
            return;
        }

        writer.WriteRawValue(value.ToString("0.000000000", CultureInfo.InvariantCulture), skipInputValidation: true);
    }
}
