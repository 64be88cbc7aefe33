using System.Text.Json;
using EclipseConformance.Engine.Primitives;

namespace EclipseConformance.Engine.Tests.Primitives;

public class Scale9DecimalConverterTests
{
    private static readonly JsonSerializerOptions Options = new() { Converters = { new Scale9DecimalConverter() } };

    [Fact]
    public void Amounts_are_written_with_scale_nine_as_json_numbers()
    {
        JsonSerializer.Serialize(new { amount = 13m, fee = 0m }, Options).Should().Be("""{"amount":13.000000000,"fee":0.000000000}""");
    }

    [Theory]
    [InlineData("\"12\"")]
    [InlineData("\"NaN\"")]
    [InlineData("\"Infinity\"")]
    [InlineData("1e400")]
    [InlineData("true")]
    public void Anything_but_an_exact_number_is_rejected(string json)
    {
        var act = () => JsonSerializer.Deserialize<decimal>(json, Options);
        act.Should().Throw<JsonException>();
    }

    [Fact]
    public void Numbers_are_read_exactly_without_binary_floating_point()
    {
        JsonSerializer.Deserialize<decimal>("0.1", Options).Should().Be(0.1m);
        JsonSerializer.Deserialize<decimal>("24000.01", Options).Should().Be(24000.01m);
    }
}
