using EclipseConformance.TestKit;

namespace EclipseConformance.Engine.Tests.FaultMatrix;

/// <summary>The matrix's engine (<see cref="FaultMatrixFixture"/>) on a fresh PostgreSQL database, when a server is available.</summary>
public sealed class PostgresFaultMatrixFixture : PostgresEngineFixture
{
    protected override IEnumerable<string> ExtraArguments() => [.. base.ExtraArguments(), .. FaultMatrixFixture.Arguments];
}
