namespace EclipseConformance.Load.Eclipse.Bench;

/// <summary>Medians of the WireMock.Net baseline against the transfers, and whether transfers were at least as fast.</summary>
public sealed record StubComparison(double StubPerSecond, double TransfersPerSecond, double Ratio, bool Met);
