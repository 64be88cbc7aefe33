namespace EclipseConformance.Load.Eclipse.Bench;

/// <summary>The figures of one bench round (one engine start): closed phase, echo baseline, open phase at a fraction of it.</summary>
public sealed record BenchRound
{
    public required int Round { get; init; }

    public required double EchoPerSecond { get; init; }

    public required double EchoP50Ms { get; init; }

    public required double EchoP99Ms { get; init; }

    /// <summary>The WireMock.Net static stub's ok/s in the same closed model; null when the baseline was skipped.</summary>
    public double? StubPerSecond { get; init; }

    public double? StubP50Ms { get; init; }

    public double? StubP99Ms { get; init; }

    public long? StubFailed { get; init; }

    /// <summary>Transfers/s over the stub's ok/s (≥ 1: the durable path is at least as fast as the stateless stub).</summary>
    public double? StubRatio => StubPerSecond is { } stub ? (stub <= 0 ? double.NaN : TransfersPerSecond / stub) : null;

    public required double TransfersPerSecond { get; init; }

    public required double TransferP50Ms { get; init; }

    public required double TransferP99Ms { get; init; }

    public double Ratio => EchoPerSecond <= 0 ? double.NaN : TransfersPerSecond / EchoPerSecond;

    public required double ClosedAverageBatch { get; init; }

    public required int OpenRate { get; init; }

    public required double OpenPerSecond { get; init; }

    public required double OpenP50Ms { get; init; }

    public required double OpenP99Ms { get; init; }

    public required double OpenDroppedPercent { get; init; }

    public required double OpenAverageBatch { get; init; }

    public required long TransfersInEngine { get; init; }

    public required double RssMiB { get; init; }

    public required double PeakRssMiB { get; init; }

    public required string LoadAverageBefore { get; init; }

    public required string LoadAverageAfter { get; init; }

    public required bool ChecksPassed { get; init; }

    public required string ClosedReport { get; init; }

    public required string OpenReport { get; init; }
}
