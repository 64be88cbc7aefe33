using System.Globalization;
using EclipseConformance.Gherkin.Expressions;

namespace EclipseConformance.Gherkin.Tests.Expressions;

public sealed class StepArgumentConverterTests
{
    private enum WithdrawalStatus
    {
        PendingApproval,
        Redeemed,
    }

    private static object? Convert(string? text, Type type) => StepArgumentConverter.Convert(text, type, "parameter 'x'");

    [Fact]
    public void Decimals_are_exact_and_keep_their_scale()
    {
        var sum = (decimal)Convert("0.1", typeof(decimal))! + (decimal)Convert("0.2", typeof(decimal))!;

        sum.Should().Be(0.3m);
        Convert("79228162514264337593543950.335", typeof(decimal)).Should().Be(79228162514264337593543950.335m);
        ((decimal)Convert("24000.50", typeof(decimal))!).Scale.Should().Be(2);
    }

    [Fact]
    public void Numbers_are_read_with_the_invariant_culture_whatever_the_current_culture()
    {
        var original = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            Convert("1.5", typeof(decimal)).Should().Be(1.5m);
            Convert("1.5", typeof(double)).Should().Be(1.5d);
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }

    [Fact]
    public void Thousands_separators_are_refused_rather_than_misread() =>
        FluentActions.Invoking(() => Convert("1,5", typeof(decimal))).Should().Throw<FormatException>();

    [Theory]
    [InlineData("42", typeof(int), 42)]
    [InlineData("-42", typeof(long), -42L)]
    [InlineData("true", typeof(bool), true)]
    [InlineData("No", typeof(bool), false)]
    [InlineData("yes", typeof(bool), true)]
    [InlineData("text", typeof(string), "text")]
    public void Simple_types_convert(string text, Type type, object expected) =>
        Convert(text, type).Should().Be(expected);

    [Theory]
    [InlineData("Redeemed")]
    [InlineData("redeemed")]
    [InlineData("REDEEMED")]
    public void Enums_match_by_name_ignoring_case(string text) =>
        Convert(text, typeof(WithdrawalStatus)).Should().Be(WithdrawalStatus.Redeemed);

    [Theory]
    [InlineData("Pending Approval")]
    [InlineData("pending-approval")]
    [InlineData("PENDING_APPROVAL")]
    public void Enums_match_ignoring_spaces_hyphens_and_underscores(string text) =>
        Convert(text, typeof(WithdrawalStatus)).Should().Be(WithdrawalStatus.PendingApproval);

    [Fact]
    public void Enum_numbers_and_unknown_names_are_refused()
    {
        FluentActions.Invoking(() => Convert("1", typeof(WithdrawalStatus))).Should().Throw<FormatException>().WithMessage("*PendingApproval, Redeemed*");
        FluentActions.Invoking(() => Convert("Cancelled", typeof(WithdrawalStatus))).Should().Throw<FormatException>();
    }

    [Fact]
    public void Guids_and_timestamps_convert()
    {
        Convert("0f8fad5b-d9cb-469f-a165-70867728950e", typeof(Guid)).Should().Be(Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"));
        Convert("2024-03-01T10:00:00+02:00", typeof(DateTimeOffset)).Should().Be(new DateTimeOffset(2024, 3, 1, 8, 0, 0, TimeSpan.Zero));
        Convert("2024-03-01T10:00:00", typeof(DateTimeOffset)).Should().Be(new DateTimeOffset(2024, 3, 1, 10, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void An_empty_cell_is_null_for_a_nullable_type()
    {
        Convert(string.Empty, typeof(decimal?)).Should().BeNull();
        Convert("3.10", typeof(decimal?)).Should().Be(3.10m);
    }

    [Fact]
    public void A_conversion_failure_names_the_text_the_type_and_the_target() =>
        FluentActions.Invoking(() => Convert("abc", typeof(int)))
            .Should().Throw<FormatException>().WithMessage("Cannot convert 'abc' to Int32 for parameter 'x'*");

    [Fact]
    public void A_missing_value_for_a_non_nullable_value_type_is_an_error() =>
        FluentActions.Invoking(() => Convert(null, typeof(int))).Should().Throw<FormatException>().WithMessage("No value was captured*");
}
