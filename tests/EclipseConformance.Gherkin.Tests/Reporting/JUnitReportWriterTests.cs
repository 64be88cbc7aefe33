using System.Xml.Linq;
using EclipseConformance.Gherkin.Reporting;
using EclipseConformance.Gherkin.Tests.Support;

namespace EclipseConformance.Gherkin.Tests.Reporting;

public sealed class JUnitReportWriterTests
{
    private static async Task<XDocument> WriteAsync()
    {
        var report = await ReportSample.RunAsync();
        using var stream = new MemoryStream();
        JUnitReportWriter.Write(report, stream);
        stream.Position = 0;
        return XDocument.Load(stream);
    }

    [Fact]
    public async Task The_report_parses_and_counts_tests_failures_and_skips()
    {
        var xml = await WriteAsync();

        var root = xml.Root!;
        root.Name.LocalName.Should().Be("testsuites");
        root.Attribute("tests")!.Value.Should().Be("6");
        root.Attribute("failures")!.Value.Should().Be("2");
        root.Attribute("skipped")!.Value.Should().Be("1");
    }

    [Fact]
    public async Task There_is_one_testsuite_per_feature_and_one_testcase_per_scenario_or_row()
    {
        var xml = await WriteAsync();

        var suites = xml.Root!.Elements("testsuite").ToList();
        suites.Select(s => s.Attribute("name")!.Value).Should().Equal("Wallet <balance> & \"quotes\"", "Lookup");
        suites.Select(s => s.Attribute("tests")!.Value).Should().Equal("3", "3");
        suites[1].Elements("testcase").Select(t => t.Attribute("name")!.Value).Should().Equal(
            "Lookup by msisdn [criteria=msisdn, amount=1.00]",
            "Lookup by email [criteria=email, amount=2.00]",
            "Needs the control plane");
    }

    [Fact]
    public async Task Failures_carry_the_message_and_skips_the_reason()
    {
        var xml = await WriteAsync();

        var cases = xml.Descendants("testcase").ToDictionary(t => t.Attribute("name")!.Value);
        var failure = cases["Wrong expectation"].Element("failure")!;
        failure.Attribute("type")!.Value.Should().Be("failed");
        failure.Attribute("message")!.Value.Should().Be("Step failed at features/f0.feature:10: Then the balance is 99.00");
        failure.Value.Should().Contain("Expected");
        cases["Wrong expectation"].Element("system-out")!.Value.Should().Contain("HTTP exchange");
        cases["Undefined step"].Element("failure")!.Attribute("type")!.Value.Should().Be("undefined");
        cases["Needs the control plane"].Element("skipped")!.Attribute("message")!.Value.Should().Be("No control plane.");
        cases["Deposit raises the balance"].Elements("failure").Should().BeEmpty();
    }
}
