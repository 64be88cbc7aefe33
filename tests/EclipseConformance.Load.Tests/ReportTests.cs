using EclipseConformance.Load.Reporting;

namespace EclipseConformance.Load.Tests;

public sealed class ReportTests : IDisposable
{
    private readonly string _folder = Path.Combine(Directory.CreateTempSubdirectory("load-report-").FullName, "echo-run");

    private static RunResult Result() =>
        Samples.Run("echo", Samples.Start, [Threshold.LatencyP99(TimeSpan.FromMilliseconds(1))],
            Samples.Scenario("echo", Samples.Start, [Samples.Latencies(1, 1_000), Samples.Latencies(2, 1_000), Samples.Latencies(3, 500)], failedPerInterval: 2))
        .WithSections([ReportSection.Check("Ledger invariants", true, ("money conserved", "yes")), ReportSection.Info("Ratio to echo", ("ratio", "0.31"))])
        with
        { Settings = [KeyValuePair.Create("target", "http://127.0.0.1:5080/")] };

    [Fact]
    public async Task A_report_folder_holds_html_markdown_csv_hlog_and_manifest()
    {
        await ReportWriter.WriteAsync(Result(), _folder);

        Directory.GetFiles(_folder).Select(Path.GetFileName).Should().BeEquivalentTo(
            ReportWriter.HtmlFile, ReportWriter.MarkdownFile, ReportWriter.CsvFile, ReportWriter.HlogFile, ReportWriter.ManifestFile);
    }

    [Fact]
    public async Task The_html_report_is_self_contained_with_charts_percentiles_thresholds_and_sections()
    {
        await ReportWriter.WriteAsync(Result(), _folder);
        var html = await File.ReadAllTextAsync(Path.Combine(_folder, ReportWriter.HtmlFile), TestContext.Current.CancellationToken);

        html.Should().Contain("<svg").And.Contain("Throughput over time").And.Contain("Latency percentiles over time");
        html.Should().Contain("<polyline");
        html.Should().Contain("p99.99").And.Contain("service time");
        html.Should().Contain("VIOLATED", "the p99 threshold of 1 ms is exceeded");
        html.Should().Contain("Ledger invariants").And.Contain("Ratio to echo");
        html.Should().NotContain("<script").And.NotContain(" src=").And.NotContain("<link").And.NotContain("href=");
        html.Replace("http://www.w3.org/2000/svg", string.Empty, StringComparison.Ordinal).Replace("http://127.0.0.1:5080/", string.Empty, StringComparison.Ordinal)
            .Should().NotContain("http", "nothing is loaded from a network");
    }

    [Fact]
    public async Task The_markdown_summary_lists_the_figures_and_the_failed_threshold()
    {
        var result = Result();
        await ReportWriter.WriteAsync(result, _folder);
        var md = await File.ReadAllTextAsync(Path.Combine(_folder, ReportWriter.MarkdownFile), TestContext.Current.CancellationToken);

        md.Should().StartWith("# echo — FAILED");
        md.Should().Contain("| echo | open | 2,506 | 2,500 | 6 |");
        md.Should().Contain("**VIOLATED**");
        md.Should().Contain("## Ledger invariants — passed");
    }

    [Fact]
    public async Task The_time_series_has_one_row_per_interval_with_counts_and_percentiles()
    {
        var result = Result();
        await ReportWriter.WriteAsync(result, _folder);

        var lines = await File.ReadAllLinesAsync(Path.Combine(_folder, ReportWriter.CsvFile), TestContext.Current.CancellationToken);
        lines[0].Should().Be(TimeSeriesCsv.Header);
        lines.Should().HaveCount(4);
        var first = lines[1].Split(',');
        first[0].Should().Be("echo");
        first[2].Should().Be("0.000");
        first[5].Should().Be("1000");
        first[6].Should().Be("2");
        double.Parse(first[13], System.Globalization.CultureInfo.InvariantCulture).Should().BeApproximately(result.Scenarios[0].Intervals[0].LatencyP99Ms, 0.001);
        TimeSeriesCsv.ReadFile(Path.Combine(_folder, ReportWriter.CsvFile)).Select(r => r.Ok).Should().Equal(1000, 1000, 500);
    }

    [Fact]
    public async Task The_manifest_round_trips_totals_thresholds_and_sections()
    {
        var result = Result();
        await ReportWriter.WriteAsync(result, _folder);

        var manifest = RunManifest.FromJson(await File.ReadAllTextAsync(Path.Combine(_folder, ReportWriter.ManifestFile), TestContext.Current.CancellationToken));

        manifest.Scenarios.Should().ContainSingle().Which.Ok.Should().Be(2500);
        manifest.Thresholds.Should().Equal(result.Thresholds);
        manifest.Sections.Select(s => s.Title).Should().Equal("Ledger invariants", "Ratio to echo");
        manifest.Sections[0].Rows.Should().ContainSingle().Which.Should().Be(KeyValuePair.Create("money conserved", "yes"));
    }

    [Fact]
    public void Report_folders_are_named_after_the_profile_and_the_utc_start()
    {
        ReportWriter.FolderFor(Path.Combine("artifacts", "load"), "transfer-steady", Samples.Start, "-agent1of2")
            .Should().Be(Path.Combine("artifacts", "load", "transfer-steady-20250301-120000-agent1of2"));
    }

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_folder)!, recursive: true);
}
