using System.Text.RegularExpressions;
using EclipseConformance.Gherkin.Parsing;
using EclipseConformance.Gherkin.Reporting;
using EclipseConformance.Gherkin.Tests.Support;
using EclipseConformance.TestKit.Browser;

namespace EclipseConformance.Gherkin.Tests.Reporting;

/// <summary>
/// The living-documentation page written by a real run of the whole specification against the engine, opened in headless
/// Chromium. <c>./run.sh test</c> runs this after the spec project has run (it sets <see cref="ReportVariable"/> to the
/// page it just wrote); in a plain <c>dotnet test</c> there is no such run to look at, so it skips with that reason.
/// </summary>
public sealed partial class FullRunReportBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    /// <summary>Path of the <c>index.html</c> a full spec run wrote (set by <c>./run.sh test</c>).</summary>
    public const string ReportVariable = "ECLIPSE_SPEC_REPORT";

    private static readonly string[] Finished = ["passed", "skipped"];

    [Fact]
    public async Task The_page_of_the_last_full_spec_run_shows_every_feature_with_each_scenario_and_step_finished()
    {
        var path = Environment.GetEnvironmentVariable(ReportVariable);
        if (string.IsNullOrEmpty(path))
        {
            Assert.Skip($"No full spec run to look at: ./run.sh test sets {ReportVariable} to the report its spec run wrote");
        }

        File.Exists(path).Should().BeTrue($"{ReportVariable} names the report of the spec run ({path})");
        var chromium = browser.Require();
        var root = ReportDirectory.FindRepositoryRoot(AppContext.BaseDirectory)!;
        var features = FeatureLoader.LoadDirectory(root, "features");
        features.Errors.Should().BeEmpty();
        features.Features.Should().HaveCountGreaterThan(10);

        await using var opened = await ReportPage.OpenAsync(chromium, Path.GetFullPath(path));
        var page = opened.Page;
        (await page.Locator("nav li a").AllTextContentsAsync()).Should().BeEquivalentTo(features.Features.Select(f => f.Name));
        foreach (var feature in features.Features)
        {
            var section = HtmlReportBrowserTests.Feature(page, feature.Uri);
            (await section.Locator("> h2").InnerTextAsync()).Should().Be($"Feature: {feature.Name} {feature.Uri}");
            (await section.Locator("details.scenario").CountAsync()).Should().Be(feature.Scenarios.Count, feature.Uri);
            var statuses = await section.Locator("details.scenario").EvaluateAllAsync<string[]>("all => all.map(e => e.dataset.status)");
            statuses.Should().OnlyContain(s => Finished.Contains(s), "every scenario of {0} ran to an end", feature.Uri);
        }

        var scenarios = page.Locator("details.scenario");
        (await scenarios.CountAsync()).Should().Be(features.Features.Sum(f => f.Scenarios.Count));
        (await page.Locator("details.scenario[data-status='passed']").CountAsync()).Should().BePositive();
        var steps = page.Locator("details.scenario[data-status='passed'] ol.steps > li.step");
        (await steps.CountAsync()).Should().BePositive();
        (await page.Locator("details.scenario[data-status='passed'] ol.steps > li.step:not(.s-passed)").CountAsync())
            .Should().Be(0, "a passed scenario's steps all passed");
        (await steps.Locator("> span.dur").AllTextContentsAsync()).Should().OnlyContain(d => PassedStep().IsMatch(d), "each step shows its result and duration");
        opened.Problems.Should().BeEmpty();
    }

    [GeneratedRegex(@"^passed, \d+ ms$")]
    private static partial Regex PassedStep();
}
