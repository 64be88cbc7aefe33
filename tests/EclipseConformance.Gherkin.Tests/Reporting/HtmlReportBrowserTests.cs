using System.Text.RegularExpressions;
using EclipseConformance.Gherkin.Reporting;
using EclipseConformance.Gherkin.Runtime;
using EclipseConformance.Gherkin.Tests.Support;
using EclipseConformance.TestKit.Browser;
using Microsoft.Playwright;

namespace EclipseConformance.Gherkin.Tests.Reporting;

/// <summary>The living-documentation page of a real run, published as the runner does and opened in headless Chromium.</summary>
public sealed partial class HtmlReportBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("html-report-").FullName;

    [Fact]
    public async Task The_page_lists_every_feature_rule_and_scenario_with_each_steps_result_and_duration()
    {
        var chromium = browser.Require();
        var report = await BrowserReportSample.RunAsync();
        await using var opened = await ReportPage.OpenAsync(chromium, await PublishAsync(report));
        var page = opened.Page;

        var features = report.Features.Features;
        (await page.Locator("nav li a").AllTextContentsAsync()).Should().Equal(features.Select(f => f.Name));
        foreach (var feature in features)
            (await page.Locator($"section.feature:has(h2 span.loc:text-is('{feature.Uri}')) > h2").InnerTextAsync()).Should().Contain(feature.Name);
        (await page.Locator("section.rule > h3").InnerTextAsync()).Should().Be("Rule: Frozen wallets are refused");
        await Assertions.Expect(page.Locator("section.rule details.scenario")).ToBeVisibleAsync();

        var scenarios = features.SelectMany(f => f.Scenarios).ToList();
        scenarios.Should().HaveCount(6);
        (await page.Locator("details.scenario").CountAsync()).Should().Be(scenarios.Count);
        foreach (var result in report.Results)
        {
            var details = Scenario(page, result.Scenario.Location);
            await Assertions.Expect(details.Locator("> summary")).ToBeVisibleAsync();
            var summary = await details.Locator("> summary").InnerTextAsync();
            summary.Should().Contain(result.Scenario.Title).And.Contain(result.Status.ToText()).And.MatchRegex(@"\d+ ms$");
            if (!await details.EvaluateAsync<bool>("d => d.open"))
                await details.Locator("> summary").ClickAsync();

            var stepResults = result.Steps.Where(s => s.Kind == TestStepKind.Step).ToList();
            var steps = details.Locator("ol.steps > li.step");
            (await steps.CountAsync()).Should().Be(result.Scenario.Steps.Count).And.Be(stepResults.Count);
            for (var i = 0; i < stepResults.Count; i++)
            {
                await Assertions.Expect(steps.Nth(i)).ToBeVisibleAsync();
                var text = await steps.Nth(i).InnerTextAsync();
                text.Should().Contain(result.Scenario.Steps[i].Text);
                var shown = StepResult().Match(await steps.Nth(i).Locator("> span.dur").InnerTextAsync());
                shown.Success.Should().BeTrue(text);
                shown.Groups["status"].Value.Should().Be(stepResults[i].Status.ToText(), text);
            }
        }

        opened.Problems.Should().BeEmpty();
    }

    [Fact]
    public async Task A_failed_step_shows_its_message_and_the_http_exchange_that_failed()
    {
        var chromium = browser.Require();
        var report = await BrowserReportSample.RunAsync();
        var failed = report.Results.Should().ContainSingle(r => r.Status == ResultStatus.Failed).Subject;
        await using var opened = await ReportPage.OpenAsync(chromium, await PublishAsync(report));
        var details = Scenario(opened.Page, failed.Scenario.Location);

        (await details.EvaluateAsync<bool>("d => d.open")).Should().BeTrue("failures are open when the page loads");
        var statuses = await details.Locator("ol.steps > li.step > span.dur").AllInnerTextsAsync();
        statuses.Select(s => s.Split(',')[0]).Should().Equal("passed", "passed", "failed", "skipped");
        var error = details.Locator("li.step.s-failed pre.error");
        await Assertions.Expect(error).ToBeVisibleAsync();
        (await error.InnerTextAsync()).Should().Contain("Expected exchanges.LastStatus to be 200, but found 404");

        var exchange = details.Locator("details.attachment");
        await Assertions.Expect(exchange).ToBeVisibleAsync();
        var text = await exchange.InnerTextAsync();
        text.Should().Contain("HTTP exchanges").And.Contain("text/plain")
            .And.MatchRegex(@"GET http://127\.0\.0\.1:\d+/wallets/404\n404 Not Found\nContent-Type: application/json")
            .And.Contain("\"description\":\"Wallet 404 <not found>\"", "the body is shown as text, not parsed as HTML");

        var undefined = Scenario(opened.Page, report.Results.Single(r => r.Status == ResultStatus.Undefined).Scenario.Location);
        (await undefined.Locator("li.step.s-undefined pre.error").InnerTextAsync()).Should().Contain("[When(\"the wallet is frozen\")]");
        var skipped = Scenario(opened.Page, report.Results.Single(r => r.Status == ResultStatus.Skipped).Scenario.Location);
        await skipped.Locator("> summary").ClickAsync();
        (await skipped.InnerTextAsync()).Should().Contain("No control plane.");
        opened.Problems.Should().BeEmpty();
    }

    [Fact]
    public async Task The_filter_box_and_status_toggles_hide_what_does_not_match_and_a_scenario_expands_on_click()
    {
        var chromium = browser.Require();
        var report = await BrowserReportSample.RunAsync();
        await using var opened = await ReportPage.OpenAsync(chromium, await PublishAsync(report));
        var page = opened.Page;
        var visibleTitles = page.Locator("details.scenario:visible > summary");

        await page.FillAsync("#filter", "@lookup");
        (await visibleTitles.CountAsync()).Should().Be(3);
        await Assertions.Expect(Feature(page, "features/f0.feature")).ToBeHiddenAsync();

        await page.FillAsync("#filter", "FROZEN @wallets");
        (await visibleTitles.AllInnerTextsAsync()).Should().ContainSingle().Which.Should().Contain("A frozen wallet cannot be read");
        await Assertions.Expect(page.Locator("section.rule")).ToBeVisibleAsync();

        await page.FillAsync("#filter", string.Empty);
        (await visibleTitles.CountAsync()).Should().Be(6);
        await page.Locator("label.s-passed input").UncheckAsync();
        (await page.Locator("details.scenario.s-passed:visible").CountAsync()).Should().Be(0);
        (await visibleTitles.CountAsync()).Should().Be(3, "the failed, undefined and skipped scenarios stay");
        await Assertions.Expect(page.Locator("section.rule")).ToBeVisibleAsync();
        await page.Locator("label.s-passed input").CheckAsync();

        var passed = Scenario(page, report.Results.First(r => r.Status == ResultStatus.Passed).Scenario.Location);
        await Assertions.Expect(passed.Locator("li.step").First).ToBeHiddenAsync();
        await passed.Locator("> summary").ClickAsync();
        await Assertions.Expect(passed.Locator("li.step").First).ToBeVisibleAsync();
        opened.Problems.Should().BeEmpty();
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    internal static ILocator Scenario(IPage page, string location) =>
        page.Locator($"details.scenario:has(> summary > span.loc:text-is('{location}'))");

    internal static ILocator Feature(IPage page, string uri) =>
        page.Locator($"section.feature:has(> h2 > span.loc:text-is('{uri}'))");

    private async Task<string> PublishAsync(RunReport report)
    {
        var files = await ReportPublisher.PublishAsync(report, _directory);
        return files.Single(f => f.EndsWith(ReportPublisher.HtmlFileName, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"^(?<status>passed|failed|skipped|pending|undefined|ambiguous), \d+ ms$")]
    private static partial Regex StepResult();
}
