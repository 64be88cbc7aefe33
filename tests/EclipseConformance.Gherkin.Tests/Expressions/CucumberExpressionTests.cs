using EclipseConformance.Gherkin.Expressions;

namespace EclipseConformance.Gherkin.Tests.Expressions;

public sealed class CucumberExpressionTests
{
    private enum Channel
    {
        Sms,
        Email,
    }

    private static List<string?>? Values(string expression, string text, params Type[] targets) =>
        new CucumberExpression(expression, targets).Match(text)?.Select(a => a.Value).ToList();

    [Theory]
    [InlineData("I have {int} cukes", "I have 42 cukes", "42")]
    [InlineData("I have {int} cukes", "I have -7 cukes", "-7")]
    [InlineData("it costs {long}", "it costs 9007199254740993", "9007199254740993")]
    [InlineData("it costs {decimal}", "it costs 24000.50", "24000.50")]
    [InlineData("it costs {decimal}", "it costs .5", ".5")]
    [InlineData("rate {float}", "rate 1.5e3", "1.5e3")]
    [InlineData("status {word}", "status ACTIVE_NOW", "ACTIVE_NOW")]
    [InlineData("say {}", "say anything at all", "anything at all")]
    public void Built_in_parameter_types_capture_their_text(string expression, string text, string expected) =>
        Values(expression, text).Should().Equal(expected);

    [Theory]
    [InlineData("the name is {string}", "the name is \"Thandi Nkosi\"", "Thandi Nkosi")]
    [InlineData("the name is {string}", "the name is 'Thandi Nkosi'", "Thandi Nkosi")]
    [InlineData("the name is {string}", "the name is \"say \\\"hi\\\"\"", "say \"hi\"")]
    [InlineData("the name is {string}", "the name is \"\"", "")]
    public void String_parameters_accept_double_or_single_quotes_and_drop_them(string expression, string text, string expected) =>
        Values(expression, text).Should().Equal(expected);

    [Fact]
    public void Integer_parameter_does_not_match_a_decimal_or_a_word()
    {
        Values("I have {int} cukes", "I have 4.5 cukes").Should().BeNull();
        Values("I have {int} cukes", "I have many cukes").Should().BeNull();
    }

    [Theory]
    [InlineData("I have 1 cucumber")]
    [InlineData("I have 2 cucumbers")]
    public void Optional_text_may_be_present_or_absent(string text) =>
        Values("I have {int} cucumber(s)", text).Should().HaveCount(1);

    [Theory]
    [InlineData("it is in my belly", true)]
    [InlineData("it is in my stomach", true)]
    [InlineData("it is in my tummy", false)]
    public void Alternatives_match_any_one_of_the_words(string text, bool matches) =>
        (Values("it is in my belly/stomach", text) is not null).Should().Be(matches);

    [Fact]
    public void Alternatives_are_bounded_by_whitespace_and_may_contain_optionals()
    {
        Values("I see {int} apple(s)/banana(s) today", "I see 3 bananas today").Should().Equal("3");
        Values("I see {int} apple(s)/banana(s) today", "I see 1 apple today").Should().Equal("1");
        Values("I see {int} apple(s)/banana(s) today", "I see 1 apple banana today").Should().BeNull();
    }

    [Fact]
    public void Escaped_special_characters_are_literal()
    {
        Values(@"the path is \/v1\/wallets \(beta\) \{id\}", "the path is /v1/wallets (beta) {id}").Should().BeEmpty();
        Values(@"a \\ b", @"a \ b").Should().BeEmpty();
    }

    [Fact]
    public void Regex_characters_in_the_text_are_literal()
    {
        Values("the fee is R5.00 + VAT?", "the fee is R5.00 + VAT?").Should().BeEmpty();
        Values("the fee is R5.00 + VAT?", "the fee is R5x00 + VAT").Should().BeNull();
    }

    [Fact]
    public void The_whole_text_must_match()
    {
        Values("a wallet", "a wallet exists").Should().BeNull();
        Values("a wallet", "there is a wallet").Should().BeNull();
    }

    [Fact]
    public void An_enum_parameter_type_is_named_after_the_bound_parameter_type()
    {
        Values("notify by {Channel}", "notify by sms", typeof(Channel)).Should().Equal("sms");
        Values("notify by {Channel}", "notify by fax", typeof(Channel)).Should().BeNull();
    }

    [Fact]
    public void Arguments_report_their_parameter_type_and_offset()
    {
        var argument = new CucumberExpression("pay {decimal} now").Match("pay 10.00 now")!.Single();

        argument.ParameterTypeName.Should().Be("decimal");
        argument.Start.Should().Be(4);
    }

    [Theory]
    [InlineData("a {money} b", "Undefined parameter type {money}")]
    [InlineData("a {int", "is not closed")]
    [InlineData("a {in t}", "may not contain ' '")]
    [InlineData("a (b", "is not closed")]
    [InlineData("a b)", "Unmatched ')'")]
    [InlineData("a ({int})", "may not contain a parameter")]
    [InlineData("a ()", "must contain some text")]
    [InlineData("a /b", "alternative may not be empty")]
    [InlineData("ends with \\", "unfinished escape")]
    public void Invalid_expressions_are_rejected_with_a_reason(string expression, string reason) =>
        FluentActions.Invoking(() => new CucumberExpression(expression))
            .Should().Throw<StepExpressionException>().WithMessage($"*{reason}*");
}
