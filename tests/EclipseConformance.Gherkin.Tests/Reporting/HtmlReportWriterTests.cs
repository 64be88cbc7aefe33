using EclipseConformance.Gherkin.Reporting;
using EclipseConformance.Gherkin.Tests.Support;

namespace EclipseConformance.Gherkin.Tests.Reporting;

public sealed class HtmlReportWriterTests
{
    [Fact]
    public async Task The_page_shows_every_feature_rule_and_scenario_with_its_status()
    {
        var report = await ReportSample.RunAsync();

        var html = HtmlReportWriter.Render(report);

        foreach (var feature in report.Features.Features)
        {
            html.Should().Contain(System.Net.WebUtility.HtmlEncode(feature.Name));
            foreach (var scenario in feature.Scenarios)
                html.Should().Contain(System.Net.WebUtility.HtmlEncode(scenario.Title));
        }

        html.Should().Contain("Rule:</span> Undefined things");
        html.Should().Contain("data-status=\"failed\"").And.Contain("data-status=\"undefined\"").And.Contain("data-status=\"skipped\"");
        html.Should().Contain("No control plane.");
    }

    [Fact]
    public async Task Failures_show_their_message_and_the_attached_http_exchange_escaped()
    {
        var html = HtmlReportWriter.Render(await ReportSample.RunAsync());

        html.Should().Contain("Step failed at features/f0.feature:10");
        html.Should().Contain("HTTP exchange").And.Contain("&lt;not html&gt;").And.NotContain("<not html>");
        html.Should().Contain("Wallet &lt;balance&gt; &amp; &quot;quotes&quot;");
    }

    [Fact]
    public async Task The_page_is_self_contained_with_a_filter_box()
    {
        var html = HtmlReportWriter.Render(await ReportSample.RunAsync());

        html.Should().StartWith("<!DOCTYPE html>").And.Contain("<style>").And.Contain("<script>").And.Contain("id=\"filter\"");
        html.Should().NotContainAny("src=\"http", "href=\"http", "<link ", "@import");
    }
}
