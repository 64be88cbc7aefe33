namespace EclipseConformance.Engine.Tests.Hostile;

/// <summary>
/// Tests that flood one engine with thousands of requests run alone, after the parallel ones: sharing the test
/// process's thread pool with them starved other classes' real-time waits (PostgreSQL connects, clock-driven polls).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SoloCollection
{
    public const string Name = "solo (floods the engine)";
}
