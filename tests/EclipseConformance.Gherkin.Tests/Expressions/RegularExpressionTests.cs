using EclipseConformance.Gherkin.Expressions;

namespace EclipseConformance.Gherkin.Tests.Expressions;

public sealed class RegularExpressionTests
{
    [Theory]
    [InlineData("^a wallet$", true)]
    [InlineData("^a wallet", true)]
    [InlineData("a wallet$", true)]
    [InlineData("a wallet", false)]
    [InlineData("a (wallet|purse)", false)]
    public void A_pattern_is_a_regex_when_it_starts_with_a_caret_or_ends_with_a_dollar(string pattern, bool isRegex) =>
        RegularExpression.IsRegexPattern(pattern).Should().Be(isRegex);

    [Fact]
    public void Capture_groups_become_arguments_in_order()
    {
        var expression = new RegularExpression(@"^(\w+) pays (\d+\.\d{2}) to (\w+)$");

        expression.ParameterCount.Should().Be(3);
        expression.Match("Ann pays 12.50 to Bob")!.Select(a => a.Value).Should().Equal("Ann", "12.50", "Bob");
    }

    [Fact]
    public void A_regex_is_anchored_even_when_only_one_end_is_marked()
    {
        var expression = new RegularExpression("^a wallet");

        expression.Match("a wallet").Should().NotBeNull();
        expression.Match("a wallet exists").Should().BeNull();
    }

    [Fact]
    public void An_unmatched_optional_group_gives_a_null_argument()
    {
        var arguments = new RegularExpression(@"^a wallet( named (\w+))?$").Match("a wallet")!;

        arguments.Should().HaveCount(2);
        arguments.Should().OnlyContain(a => a.Value == null);
    }

    [Fact]
    public void An_invalid_regex_is_rejected() =>
        FluentActions.Invoking(() => new RegularExpression("^a (wallet$"))
            .Should().Throw<StepExpressionException>().WithMessage("Invalid regular expression*");
}
