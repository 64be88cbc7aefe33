using EclipseConformance.Gherkin.Parsing;
using EclipseConformance.Gherkin.Runtime;
using EclipseConformance.Gherkin.Tests.Support;

namespace EclipseConformance.Gherkin.Tests.Runtime;

public sealed class ScenarioOutlineTests
{
    private const string Feature = """
        @vas
        Feature: Airtime
          Scenario Outline: Buying <amount> of airtime from <network>
            When <amount> of airtime is bought from <network>
            Then the voucher has these details:
              | network   | amount   |
              | <network> | <amount> |

            @smoke
            Examples: Mobile networks
              | network | amount |
              | MTN     | 10.00  |
              | Vodacom | 5.50   |

            @slow @sandbox-safe
            Examples:
              | network | amount |
              | Telkom  | 100.00 |
        """;

    [Fact]
    public void Every_example_row_of_every_Examples_block_is_its_own_scenario()
    {
        var scenarios = FeatureLoader.Parse("features/vas/airtime.feature", Feature).Scenarios;

        scenarios.Select(s => s.DisplayName).Should().Equal(
            "Airtime — Buying 10.00 of airtime from MTN [Mobile networks: network=MTN, amount=10.00]",
            "Airtime — Buying 5.50 of airtime from Vodacom [Mobile networks: network=Vodacom, amount=5.50]",
            "Airtime — Buying 100.00 of airtime from Telkom [network=Telkom, amount=100.00]");
        scenarios.Select(s => s.Key).Should().OnlyHaveUniqueItems();
        scenarios.Select(s => s.Line).Should().Equal(12, 13, 18);
    }

    [Fact]
    public void Example_rows_inherit_feature_scenario_and_Examples_tags()
    {
        var scenarios = FeatureLoader.Parse("features/vas/airtime.feature", Feature).Scenarios;

        scenarios[0].Tags.Should().BeEquivalentTo("vas", "smoke");
        scenarios[2].Tags.Should().BeEquivalentTo("vas", "slow", "sandbox-safe");
        scenarios[2].OwnTags.Should().BeEquivalentTo("slow", "sandbox-safe");
        scenarios[1].Arguments.Should().Equal(new Dictionary<string, string> { ["network"] = "Vodacom", ["amount"] = "5.50" });
    }

    [Fact]
    public async Task Placeholders_are_substituted_in_step_text_and_tables()
    {
        var run = new SpecRun(typeof(AirtimeSteps));

        var results = await run.RunAsync(Feature);

        results.Should().OnlyContain(r => r.Status == ResultStatus.Passed);
        run.Log.Entries.Should().Equal("bought 10.00 MTN", "voucher MTN 10.00", "bought 5.50 Vodacom", "voucher Vodacom 5.50", "bought 100.00 Telkom", "voucher Telkom 100.00");
    }

    private sealed class AirtimeSteps(Log log, ScenarioContext scenario)
    {
        [When("{decimal} of airtime is bought from {word}")]
        public void Bought(decimal amount, string network)
        {
            scenario.ScenarioInfo.Arguments["network"].Should().Be(network);
            log.Add($"bought {amount} {network}");
        }

        [Then("the voucher has these details:")]
        public void Voucher(DataTable details) => log.Add($"voucher {details.Rows[0]["network"]} {details.Rows[0]["amount"]}");
    }
}
