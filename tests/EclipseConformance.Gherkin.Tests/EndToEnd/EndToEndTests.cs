using System.Text.Json;
using System.Xml.Linq;

namespace EclipseConformance.Gherkin.Tests.EndToEnd;

public sealed class EndToEndTests(SampleSuiteRun run) : IClassFixture<SampleSuiteRun>
{
    private static Dictionary<string, XElement> Tests(XDocument results) =>
        results.Descendants("test").ToDictionary(t => t.Attribute("name")!.Value);

    private static string[] Traits(XElement test, string name) =>
        [.. test.Descendants("trait").Where(t => t.Attribute("name")!.Value == name).Select(t => t.Attribute("value")!.Value)];

    [Fact]
    public void Every_scenario_and_example_row_is_one_test_named_feature_and_scenario()
    {
        Tests(run.Results).ToDictionary(t => t.Key, t => t.Value.Attribute("result")!.Value).Should().Equal(new Dictionary<string, string>
        {
            ["Wallet balance — A deposit raises the balance"] = "Pass",
            ["Wallet balance — Several movements are summed exactly"] = "Pass",
            ["Wallet balance — A withdrawal lowers the balance [Small amounts: amount=1.00, balance=99.00]"] = "Pass",
            ["Wallet balance — A withdrawal lowers the balance [Small amounts: amount=0.01, balance=99.99]"] = "Pass",
            ["Wallet balance — A withdrawal lowers the balance [Everything: amount=100.00, balance=0.00]"] = "Pass",
            ["Wallet balance — A statement names the owner"] = "Pass",
            ["Problem reports — A wrong expectation fails with the step's location"] = "Fail",
            ["Problem reports — An undefined step suggests a binding"] = "Fail",
            ["Problem reports — An ambiguous step names both bindings"] = "Fail",
            ["Problem reports — A pending step is reported as pending"] = "Fail",
            ["Problem reports — A scenario needing the control plane is skipped with a reason"] = "Skip",
        });
        run.ExitCode.Should().NotBe(0, "the sample has failing scenarios on purpose");
    }

    [Fact]
    public void Feature_rule_scenario_and_examples_tags_become_traits()
    {
        var tests = Tests(run.Results);

        Traits(tests["Wallet balance — A withdrawal lowers the balance [Small amounts: amount=1.00, balance=99.00]"], "Category").Should().BeEquivalentTo("wallet", "smoke");
        Traits(tests["Wallet balance — A withdrawal lowers the balance [Everything: amount=100.00, balance=0.00]"], "Category").Should().BeEquivalentTo("wallet");
        Traits(tests["Problem reports — A scenario needing the control plane is skipped with a reason"], "Category").Should().BeEquivalentTo("problems", "needs-control");
        Traits(tests["Wallet balance — A statement names the owner"], "Rule").Should().Equal("Statements describe the wallet");
        Traits(tests["Wallet balance — A deposit raises the balance"], "Feature").Should().Equal("Wallet balance");
    }

    [Fact]
    public void Each_feature_file_is_its_own_test_collection_so_features_run_in_parallel() =>
        run.Results.Descendants("collection").Select(c => c.Attribute("name")!.Value).Should().BeEquivalentTo(
            "Feature: Wallet balance (features/wallet/balance.feature)",
            "Feature: Problem reports (features/wallet/problems.feature)");

    [Fact]
    public void A_service_registered_in_BeforeTestRun_is_shared_by_every_scenario_of_every_feature()
    {
        var hosts = run.Results.Descendants("output")
            .SelectMany(o => o.Value.Split('\n'))
            .Where(line => line.StartsWith("served by host ", StringComparison.Ordinal))
            .ToList();

        hosts.Should().HaveCount(11);
        hosts.Distinct().Should().ContainSingle();
    }

    [Fact]
    public void Failures_name_the_step_file_and_line_and_skips_their_reason()
    {
        var tests = Tests(run.Results);

        tests["Problem reports — A wrong expectation fails with the step's location"].Element("failure")!.Value
            .Should().Contain("Step failed at features/wallet/problems.feature:10: Then the balance is 12.00");
        // xunit's XML escapes quotes in messages as \"
        tests["Problem reports — An undefined step suggests a binding"].Element("failure")!.Value.Replace("\\\"", "\"", StringComparison.Ordinal)
            .Should().Contain("[When(\"the wallet is frozen for {int} days\")]");
        tests["Problem reports — A scenario needing the control plane is skipped with a reason"].Element("reason")!.Value
            .Should().Be("The target has no control plane (/sim/v1); this scenario steers the simulator.");
    }

    [Fact]
    public void The_reports_are_written_at_the_end_of_the_run()
    {
        var junit = XDocument.Load(Path.Combine(run.ReportsDirectory, "junit.xml")).Root!;
        junit.Attribute("tests")!.Value.Should().Be("11");
        junit.Attribute("failures")!.Value.Should().Be("4");
        junit.Attribute("skipped")!.Value.Should().Be("1");

        var envelopes = File.ReadAllLines(Path.Combine(run.ReportsDirectory, "cucumber-messages.ndjson"))
            .Select(line => JsonDocument.Parse(line).RootElement.EnumerateObject().Single().Name).ToList();
        envelopes.Count(e => e == "testCaseFinished").Should().Be(11);
        envelopes.Should().Contain("attachment");

        var html = File.ReadAllText(Path.Combine(run.ReportsDirectory, "index.html"));
        html.Should().Contain("Wallet balance").And.Contain("Problem reports").And.Contain("GET /wallets/1");
    }

    [Fact]
    public void Scenarios_can_be_selected_by_tag()
    {
        var (exitCode, results, output) = SampleSuiteRun.Run(run.Directory, "smoke", "-trait", "Category=smoke");

        Tests(results).Keys.Should().BeEquivalentTo(
            ["Wallet balance — Several movements are summed exactly",
            "Wallet balance — A withdrawal lowers the balance [Small amounts: amount=1.00, balance=99.00]",
            "Wallet balance — A withdrawal lowers the balance [Small amounts: amount=0.01, balance=99.99]"], output);
        exitCode.Should().Be(0);
    }
}
