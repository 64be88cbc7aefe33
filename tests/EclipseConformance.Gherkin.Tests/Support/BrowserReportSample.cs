using System.Text;
using System.Text.Json.Nodes;
using EclipseConformance.Gherkin.Reporting;

namespace EclipseConformance.Gherkin.Tests.Support;

/// <summary>
/// A small real run for the browser test of the HTML report: two features whose steps call a loopback HTTP service,
/// with a Background, a Rule, an outline, one scenario that fails on a real HTTP exchange (attached by an after-scenario
/// hook, as the spec suite does), one with an undefined step and one skipped by a tag hook.
/// </summary>
internal static class BrowserReportSample
{
    public const string Wallets = """
        @wallets
        Feature: Wallet reads over HTTP
          The sample for the browser test of the living documentation.

          Background:
            Given the wallet service is running

          Scenario: A known wallet answers its balance
            When I read wallet 7
            Then the response status is 200
            And the balance is 10.00

          Scenario: A missing wallet is expected to answer 200
            When I read wallet 404
            Then the response status is 200
            And the balance is 10.00

          Rule: Frozen wallets are refused
            Scenario: A frozen wallet cannot be read
              When I read wallet 8
              And the wallet is frozen
              Then the response status is 423
        """;

    public const string Lookup = """
        @lookup
        Feature: Wallet lookup by id
          Scenario Outline: Wallet <id> answers <status>
            When I read wallet <id>
            Then the response status is <status>

            Examples:
              | id  | status |
              | 1   | 200    |
              | 404 | 404    |

          @needs-control
          Scenario: A frozen clock needs the control plane
            When I read wallet 1
        """;

    public static async Task<RunReport> RunAsync()
    {
        var run = new SpecRun(typeof(Steps), typeof(Hooks));
        await run.RunAsync(Wallets, Lookup);
        return run.Report!;
    }

    /// <summary>The HTTP exchanges of one scenario, rendered like the spec suite's exchange log.</summary>
    public sealed class Exchanges
    {
        public StringBuilder Text { get; } = new();

        public int? LastStatus { get; set; }

        public JsonNode? LastBody { get; set; }
    }

    private sealed class Steps(LoopbackWalletService service, Exchanges exchanges)
    {
        private static readonly HttpClient Http = new();

        [Given("the wallet service is running")]
        public void Running() => service.BaseAddress.IsLoopback.Should().BeTrue();

        [When("I read wallet {int}")]
        public async Task Read(int id, CancellationToken cancellationToken)
        {
            var uri = new Uri(service.BaseAddress, $"wallets/{id}");
            using var response = await Http.GetAsync(uri, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            exchanges.Text.Append("GET ").Append(uri).Append('\n')
                .Append((int)response.StatusCode).Append(' ').Append(response.ReasonPhrase).Append('\n')
                .Append("Content-Type: ").Append(response.Content.Headers.ContentType).Append("\n\n")
                .Append(body).Append("\n\n");
            exchanges.LastStatus = (int)response.StatusCode;
            exchanges.LastBody = JsonNode.Parse(body);
        }

        [Then("the response status is {int}")]
        public void Status(int expected) => exchanges.LastStatus.Should().Be(expected);

        [Then("the balance is {decimal}")]
        public void Balance(decimal expected) => exchanges.LastBody!["currentBalance"]!.GetValue<decimal>().Should().Be(expected);
    }

    private sealed class Hooks(ScenarioContext scenario)
    {
        [BeforeTestRun]
        public static void StartService(IObjectContainer container) => container.RegisterInstanceAs(new LoopbackWalletService(), dispose: true);

        [BeforeScenario("needs-control")]
        public void Skip() => scenario.Skip("No control plane.");

        [AfterScenario]
        public void AttachExchanges(Exchanges exchanges)
        {
            if (scenario.TestError is not null && exchanges.Text.Length > 0)
                scenario.Attach("HTTP exchanges", exchanges.Text.ToString(), "text/plain");
        }
    }
}
