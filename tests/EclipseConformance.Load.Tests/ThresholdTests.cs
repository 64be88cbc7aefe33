namespace EclipseConformance.Load.Tests;

public sealed class ThresholdTests
{
    private static readonly Load.Measurement.ScenarioStats Stats = Samples.Scenario(
        "s", Samples.Start, [[1_000, 2_000, 3_000, 4_000, 5_000, 6_000, 7_000, 8_000, 9_000, 100_000]], failedPerInterval: 1, droppedPerInterval: 2);

    [Fact]
    public void A_run_within_every_threshold_passes_with_exit_code_zero()
    {
        var result = Samples.Run("r", Samples.Start,
        [
            Threshold.LatencyP50(TimeSpan.FromMilliseconds(6)),
            Threshold.LatencyP99(TimeSpan.FromMilliseconds(101)),
            Threshold.MaxErrorPercent(10),
            Threshold.MaxDroppedPercent(20),
            Threshold.MinThroughput(9),
        ], Stats);

        result.ThresholdResults.Should().OnlyContain(r => r.Passed);
        result.ExitCode.Should().Be(0);
    }

    [Theory]
    [InlineData(ThresholdKind.LatencyP50Ms, 4.0)]
    [InlineData(ThresholdKind.LatencyP99Ms, 50.0)]
    [InlineData(ThresholdKind.LatencyP999Ms, 99.0)]
    [InlineData(ThresholdKind.ErrorPercent, 5.0)]
    [InlineData(ThresholdKind.DroppedPercent, 10.0)]
    [InlineData(ThresholdKind.MinThroughput, 11.0)]
    public void A_violated_threshold_fails_the_run_and_is_listed(ThresholdKind kind, double limit)
    {
        var result = Samples.Run("r", Samples.Start, [new Threshold(kind, limit)], Stats);

        result.ExitCode.Should().Be(1);
        result.Violations.Should().ContainSingle().Which.Threshold.Kind.Should().Be(kind);
        Load.Reporting.MarkdownReport.Render(result).Should().Contain("VIOLATED");
    }

    [Fact]
    public void Measured_values_are_the_ones_the_thresholds_compare()
    {
        ThresholdEvaluator.Actual(ThresholdKind.ErrorPercent, Stats).Should().BeApproximately(100.0 / 11, 1e-9);
        ThresholdEvaluator.Actual(ThresholdKind.DroppedPercent, Stats).Should().BeApproximately(100.0 * 2 / 13, 1e-9);
        ThresholdEvaluator.Actual(ThresholdKind.MinThroughput, Stats).Should().Be(10);
        ThresholdEvaluator.Actual(ThresholdKind.LatencyP50Ms, Stats).Should().BeApproximately(5, 0.01);
    }

    [Fact]
    public void A_latency_threshold_cannot_pass_when_nothing_succeeded()
    {
        var nothing = Samples.Scenario("s", Samples.Start, [[]], failedPerInterval: 5);

        var result = Samples.Run("r", Samples.Start, [Threshold.LatencyP99(TimeSpan.FromSeconds(1))], nothing);

        result.ExitCode.Should().Be(1);
    }

    [Fact]
    public void A_threshold_on_a_scenario_that_did_not_run_fails()
    {
        var result = Samples.Run("r", Samples.Start, [Threshold.MaxErrorPercent(1, "missing")], Stats);

        result.ExitCode.Should().Be(1);
    }

    [Fact]
    public void A_failed_report_section_fails_the_run()
    {
        var result = Samples.Run("r", Samples.Start, [], Stats)
            .WithSections([Load.Reporting.ReportSection.Check("money conserved", false, ("difference", "0.01"))]);

        result.ExitCode.Should().Be(1);
    }
}
