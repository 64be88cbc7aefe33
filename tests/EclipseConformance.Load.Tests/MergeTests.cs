using EclipseConformance.Load.Distributed;
using EclipseConformance.Load.Reporting;
using HdrHistogram;

namespace EclipseConformance.Load.Tests;

public sealed class MergeTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("load-merge-").FullName;

    [Fact]
    public async Task Merging_two_agents_logs_equals_the_combined_histogram()
    {
        long[][] a = [Samples.Latencies(1, 3_000), Samples.Latencies(2, 3_000)];
        long[][] b = [Samples.Latencies(3, 2_000), Samples.Latencies(4, 2_500)];
        var runA = Samples.Run("echo", Samples.Start, [Threshold.MaxErrorPercent(5)], Samples.Scenario("echo", Samples.Start, a, failedPerInterval: 3, droppedPerInterval: 1)) with { AgentIndex = 0, AgentCount = 2 };
        var runB = Samples.Run("echo", Samples.Start, [Threshold.MaxErrorPercent(5)], Samples.Scenario("echo", Samples.Start, b, failedPerInterval: 2)) with { AgentIndex = 1, AgentCount = 2 };
        var folderA = Path.Combine(_root, "a");
        var folderB = Path.Combine(_root, "b");
        await ReportWriter.WriteAsync(runA, folderA);
        await ReportWriter.WriteAsync(runB, folderB);

        var merged = RunMerger.Merge([folderA, folderB]);

        var combined = Samples.Histogram(a.Concat(b).SelectMany(x => x));
        var stats = merged.Scenarios.Should().ContainSingle().Subject;
        stats.Latency.TotalCount.Should().Be(combined.TotalCount);
        Counts(stats.Latency).Should().Equal(Counts(combined));
        new[] { 50.0, 90, 99, 99.9, 100 }.Select(stats.Latency.GetValueAtPercentile)
            .Should().Equal(new[] { 50.0, 90, 99, 99.9, 100 }.Select(combined.GetValueAtPercentile));
        stats.Intervals.Should().HaveCount(2);
        stats.Intervals[0].Ok.Should().Be(5_000);
        stats.Intervals[1].Ok.Should().Be(5_500);
        Counts(Load.HdrLog.HdrLogReader.Read(new StringReader(File.ReadAllText(Path.Combine(folderA, ReportWriter.HlogFile))))[0].Decode())
            .Should().Equal(Counts(Samples.Histogram(a[0])), "each agent's hlog holds its own intervals");
        stats.Failed.Should().Be(10);
        stats.Dropped.Should().Be(2);
        stats.Failures["503"].Should().Be(10);
        merged.AgentCount.Should().Be(2);
        merged.Merged.Should().BeTrue();
        Load.Reporting.MarkdownReport.Render(merged).Should().Contain("merged from 2 agents");
        merged.Sections.Should().Contain(s => s.Title.StartsWith("Merge of 2", StringComparison.Ordinal) && s.Outcome == SectionOutcome.Passed);
        merged.ThresholdResults.Should().ContainSingle().Which.Passed.Should().BeTrue();
    }

    [Fact]
    public void A_folder_without_a_report_cannot_be_merged()
    {
        var empty = Directory.CreateDirectory(Path.Combine(_root, "empty")).FullName;

        FluentActions.Invoking(() => RunMerger.Merge([empty])).Should().Throw<FileNotFoundException>().WithMessage("*not a load report folder*");
    }

    private static List<(long, long)> Counts(HistogramBase histogram) =>
        [.. histogram.RecordedValues().Select(v => (v.ValueIteratedTo, v.CountAtValueIteratedTo))];

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
