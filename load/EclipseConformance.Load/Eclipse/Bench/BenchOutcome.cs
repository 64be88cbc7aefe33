namespace EclipseConformance.Load.Eclipse.Bench;

/// <summary>The rounds of a bench, its summary folder, and whether every post-run check passed.</summary>
public sealed record BenchOutcome(IReadOnlyList<BenchRound> Rounds, string Folder, bool Passed);
