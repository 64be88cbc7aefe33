using System.Text.RegularExpressions;
using EclipseConformance.Gherkin.Bindings;
using EclipseConformance.Gherkin.Parsing;
using EclipseConformance.Gherkin.Reporting;
using EclipseConformance.Gherkin.Tests.Support;
using EclipseConformance.TestKit.Browser;

namespace EclipseConformance.Gherkin.Tests.Reporting;

/// <summary>
/// The living-documentation page of the repository's whole specification (every features/**/*.feature), loaded as the
/// runner loads it and opened in headless Chromium. Nothing runs here (the spec run needs the engine), so every
/// scenario is "not run"; the page must still list each feature file under its own title.
/// </summary>
public sealed partial class SpecSuiteReportBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("spec-report-").FullName;

    [Fact]
    public async Task The_page_of_the_whole_specification_lists_every_feature_file_under_its_feature_title()
    {
        var chromium = browser.Require();
        var root = ReportDirectory.FindRepositoryRoot(AppContext.BaseDirectory)!;
        var files = Directory.EnumerateFiles(Path.Combine(root, "features"), "*.feature", SearchOption.AllDirectories)
            .Where(p => !p.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .ToDictionary(p => Path.GetRelativePath(root, p).Replace('\\', '/'), p => FeatureTitle().Match(File.ReadAllText(p)).Groups["title"].Value.Trim());
        files.Should().HaveCountGreaterThan(10).And.OnlyContain(f => f.Value.Length > 0);
        var features = FeatureLoader.LoadDirectory(root, "features");
        features.Errors.Should().BeEmpty();
        var now = DateTimeOffset.UtcNow;
        var report = new RunReport(features, BindingRegistry.FromTypes([]), [], [], now, now);
        var path = (await ReportPublisher.PublishAsync(report, _directory)).Single(f => f.EndsWith(ReportPublisher.HtmlFileName, StringComparison.Ordinal));

        await using var opened = await ReportPage.OpenAsync(chromium, path);
        var page = opened.Page;
        (await page.Locator("nav li a").AllTextContentsAsync()).Should().BeEquivalentTo(files.Values);
        foreach (var (uri, title) in files)
        {
            var section = HtmlReportBrowserTests.Feature(page, uri);
            (await section.Locator("> h2").InnerTextAsync()).Should().Be($"Feature: {title} {uri}");
            var scenarios = features.Find(uri)!.Scenarios;
            scenarios.Should().NotBeEmpty(uri);
            (await section.Locator("details.scenario").CountAsync()).Should().Be(scenarios.Count, uri);
            (await section.Locator("details.scenario:not([data-status='not-run'])").CountAsync()).Should().Be(0);
        }

        (await page.Locator("details.scenario").CountAsync()).Should().Be(features.Features.Sum(f => f.Scenarios.Count));
        opened.Problems.Should().BeEmpty();
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [GeneratedRegex(@"^\s*Feature:(?<title>.+)$", RegexOptions.Multiline)]
    private static partial Regex FeatureTitle();
}
