using System.Text.Json;
using EclipseConformance.Load.Cli;
using EclipseConformance.Load.Eclipse.Bench;
using EclipseConformance.Load.Profiles;

namespace EclipseConformance.Load.Tests;

/// <summary>bench.md / bench.json of <c>bench ledger</c> and its command line, from given figures (nothing is run).</summary>
public sealed class BenchSummaryTests
{
    [Fact]
    public void Transfers_slower_than_the_wiremock_stub_are_reported_as_not_meeting_the_stub_target()
    {
        var (markdown, json) = Write([Round(1, transfers: 12_000, stub: 20_000), Round(2, transfers: 11_000, stub: 22_000), Round(3, transfers: 13_000, stub: 19_000)]);

        markdown.Should().Contain("## WireMock.Net static stub baseline");
        markdown.Should().Contain("| 1 | 20000 | 4.00 | 120.00 | 0 | 12000 | 0.600 |");
        markdown.Should().Contain("| **median** | **20000** | **4.00** | **120.00** | 0 | **12000** | **0.600** |");
        markdown.Should().Contain("| transfers/s ≥ WireMock.Net static stub ok/s (issues 3, 11) | 0.600 × stub (12000 vs 20000 ok/s) | NO |");
        var target = json.RootElement.GetProperty("stubTarget");
        target.GetProperty("met").GetBoolean().Should().BeFalse();
        target.GetProperty("medianStubPerSecond").GetDouble().Should().Be(20_000);
        target.GetProperty("medianRatio").GetDouble().Should().Be(0.6);
        json.RootElement.GetProperty("rounds")[0].GetProperty("stubP99Ms").GetDouble().Should().Be(120);
    }

    [Fact]
    public void Transfers_at_least_as_fast_as_the_wiremock_stub_meet_the_stub_target()
    {
        var (markdown, json) = Write([Round(1, transfers: 21_000, stub: 20_000)]);

        markdown.Should().Contain("| transfers/s ≥ WireMock.Net static stub ok/s (issues 3, 11) | 1.050 × stub (21000 vs 20000 ok/s) | yes |");
        json.RootElement.GetProperty("stubTarget").GetProperty("met").GetBoolean().Should().BeTrue();
    }

    [Fact]
    public void A_bench_without_the_wiremock_baseline_says_the_stub_target_was_not_measured()
    {
        var (markdown, json) = Write([Round(1, transfers: 12_000, stub: null)], wireMock: false);

        markdown.Should().Contain("| transfers/s ≥ WireMock.Net static stub ok/s (issues 3, 11) | not measured (--no-wiremock-baseline) | — |");
        markdown.Should().Contain("Not measured (`--no-wiremock-baseline`).");
        json.RootElement.GetProperty("stubTarget").ValueKind.Should().Be(JsonValueKind.Null);
        json.RootElement.GetProperty("wiremockBaseline").GetBoolean().Should().BeFalse();
        json.RootElement.GetProperty("rounds")[0].GetProperty("stubPerSecond").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public void The_stub_target_is_the_median_of_the_per_round_ratios()
    {
        var comparison = BenchSummary.StubTarget([Round(1, 10_000, 10_000), Round(2, 30_000, 10_000), Round(3, 9_000, 10_000)]);

        comparison.Should().Be(new StubComparison(10_000, 10_000, 1.0, true));
        BenchSummary.StubTarget([Round(1, 10_000, null)]).Should().BeNull();
    }

    [Fact]
    public void Bench_ledger_runs_the_wiremock_baseline_unless_told_not_to()
    {
        using var console = new StringWriter();
        var command = BenchCommand.Create(console);

        BenchCommand.OptionsFrom(command.Parse(["ledger"])).Should()
            .Match<LedgerBenchOptions>(o => o.WireMockBaseline && o.WireMockWarmUp == TimeSpan.FromSeconds(20));
        BenchCommand.OptionsFrom(command.Parse(["ledger", "--no-wiremock-baseline", "--rounds", "2"])).Should()
            .Match<LedgerBenchOptions>(o => !o.WireMockBaseline && o.Rounds == 2 && o.Client == LoadClient.Lean);
        BenchCommand.OptionsFrom(command.Parse(["ledger", "--wiremock-warmup", "7"])).WireMockWarmUp.Should().Be(TimeSpan.FromSeconds(7));
    }

    private static (string Markdown, JsonDocument Json) Write(IReadOnlyList<BenchRound> rounds, bool wireMock = true)
    {
        var folder = Directory.CreateTempSubdirectory("bench-summary-").FullName;
        try
        {
            BenchSummary.Write(folder, new LedgerBenchOptions { WireMockBaseline = wireMock }, sqlite: true, rounds, Samples.Start);
            return (File.ReadAllText(Path.Combine(folder, "bench.md")), JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "bench.json"))));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static BenchRound Round(int round, double transfers, double? stub) => new()
    {
        Round = round,
        EchoPerSecond = 70_000,
        EchoP50Ms = 0.8,
        EchoP99Ms = 5,
        StubPerSecond = stub,
        StubP50Ms = stub is null ? null : 4,
        StubP99Ms = stub is null ? null : 120,
        StubFailed = stub is null ? null : 0,
        TransfersPerSecond = transfers,
        TransferP50Ms = 4.5,
        TransferP99Ms = 21.5,
        ClosedAverageBatch = 24,
        OpenRate = (int)(transfers * 0.7),
        OpenPerSecond = transfers * 0.7,
        OpenP50Ms = 2,
        OpenP99Ms = 57,
        OpenDroppedPercent = 0,
        OpenAverageBatch = 12,
        TransfersInEngine = 500_000,
        RssMiB = 360,
        PeakRssMiB = 364,
        LoadAverageBefore = "3.00 2.00 1.00",
        LoadAverageAfter = "4.00 3.00 2.00",
        ChecksPassed = true,
        ClosedReport = "/tmp/closed",
        OpenReport = "/tmp/open",
    };
}
