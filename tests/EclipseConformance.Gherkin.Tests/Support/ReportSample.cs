using EclipseConformance.Gherkin.Reporting;

namespace EclipseConformance.Gherkin.Tests.Support;

/// <summary>A small run with every outcome (passed, failed with an attachment, undefined, skipped, outline rows, a rule).</summary>
internal static class ReportSample
{
    public const string Wallets = """
        @wallets
        Feature: Wallet <balance> & "quotes"
          Scenario: Deposit raises the balance
            Given a balance of 10.00
            When 5.00 is deposited
            Then the balance is 15.00

          Scenario: Wrong expectation
            Given a balance of 10.00
            Then the balance is 99.00

          Rule: Undefined things
            Scenario: Undefined step
              Given a balance of 10.00
              When the wallet is frozen
        """;

    public const string Lookup = """
        @lookup
        Feature: Lookup
          Scenario Outline: Lookup by <criteria>
            Given a balance of <amount>
            Then the balance is <amount>

            Examples:
              | criteria | amount |
              | msisdn   | 1.00   |
              | email    | 2.00   |

          @needs-control
          Scenario: Needs the control plane
            Given a balance of 1.00
        """;

    public static async Task<RunReport> RunAsync()
    {
        var run = new SpecRun(typeof(Steps), typeof(Hooks));
        await run.RunAsync(Wallets, Lookup);
        return run.Report!;
    }

    private sealed class Steps(ScenarioContext scenario)
    {
        private decimal _balance;

        [Given("a balance of {decimal}")]
        public void Balance(decimal amount) => _balance = amount;

        [When("{decimal} is deposited")]
        public void Deposit(decimal amount) => _balance += amount;

        [Then("the balance is {decimal}")]
        public void Check(decimal expected)
        {
            if (_balance != expected)
                scenario.Attach("HTTP exchange", "GET /wallets/1\n200 OK\n{\"balance\": \"10.00\"} <not html>");
            _balance.Should().Be(expected);
        }
    }

    private sealed class Hooks(ScenarioContext scenario)
    {
        [BeforeScenario("needs-control")]
        public void Skip() => scenario.Skip("No control plane.");
    }
}
