using EclipseConformance.Gherkin.Bindings;
using EclipseConformance.Gherkin.Parsing;

namespace EclipseConformance.Gherkin.Tests.Bindings;

public sealed class SnippetGeneratorTests
{
    private static string Snippet(string step, StepDefinitionType keyword = StepDefinitionType.Given, string argument = "")
    {
        var feature = FeatureLoader.Parse("features/s.feature", $"Feature: F\n  Scenario: S\n    Given {step}\n{argument}");
        return SnippetGenerator.Generate(feature.Scenarios[0].Steps[0], keyword);
    }

    [Fact]
    public void Quoted_text_and_numbers_become_parameters() =>
        Snippet("customer \"Ann\" pays 12.50 for 3 vouchers").Should().Be("""
            [Given("customer {string} pays {decimal} for {int} vouchers")]
            public void GivenCustomerPaysForVouchers(string p0, decimal p1, int p2)
            {
                throw new PendingStepException();
            }
            """.Replace("\r\n", "\n", StringComparison.Ordinal));

    [Fact]
    public void Numbers_too_big_for_int_become_long() =>
        Snippet("msisdn 27821234567890 exists").Should().Contain("{long}").And.Contain("long p0");

    [Fact]
    public void Cucumber_special_characters_are_escaped_in_the_suggested_expression() =>
        Snippet("the path (v1) is /wallets").Should().Contain(@"[Given(""the path \\(v1\\) is \\/wallets"")]");

    [Fact]
    public void A_data_table_or_doc_string_adds_a_trailing_parameter()
    {
        Snippet("these wallets:", argument: "      | id |\n      | 1  |\n").Should().Contain("GivenTheseWallets(DataTable dataTable)");
        Snippet("this request:", argument: "      \"\"\"\n      {}\n      \"\"\"\n").Should().Contain("GivenThisRequest(string docString)");
    }

    [Fact]
    public void The_keyword_names_the_attribute_and_the_method() =>
        Snippet("it is done", StepDefinitionType.Then).Should().StartWith("[Then(\"it is done\")]\npublic void ThenItIsDone()");
}
