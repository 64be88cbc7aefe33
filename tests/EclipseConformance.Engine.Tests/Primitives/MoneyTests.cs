using EclipseConformance.Engine.Primitives;

namespace EclipseConformance.Engine.Tests.Primitives;

public class MoneyTests
{
    [Theory]
    [InlineData("13", 13_000_000_000L)]
    [InlineData("0.000000001", 1L)]
    [InlineData("24000.01", 24_000_010_000_000L)]
    [InlineData("-5.5", -5_500_000_000L)]
    [InlineData("1.0000000000", 1_000_000_000L)]
    public void Decimals_with_at_most_nine_places_convert_exactly(string text, long nanos)
    {
        Money.TryFromDecimal(decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture), out var money).Should().BeTrue();
        money.Nanos.Should().Be(nanos);
        money.ToDecimal().Should().Be(decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("0.0000000001")]
    [InlineData("1.1234567891")]
    [InlineData("1000000000.000000001")]
    [InlineData("79228162514264337593543950335")]
    public void Ten_decimals_or_out_of_range_is_refused_not_rounded(string text)
    {
        Money.TryFromDecimal(decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture), out _).Should().BeFalse();
    }

    [Fact]
    public void Wire_form_has_exactly_nine_decimals()
    {
        Money.FromDecimal(13m).ToString().Should().Be("13.000000000");
        new Money(1).ToString().Should().Be("0.000000001");
        Money.FromDecimal(-0.5m).ToString().Should().Be("-0.500000000");
    }

    [Fact]
    public void Arithmetic_overflow_throws_instead_of_wrapping()
    {
        var act = () => new Money(long.MaxValue) + new Money(1);
        act.Should().Throw<OverflowException>();
    }
}
