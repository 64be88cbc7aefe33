using EclipseConformance.Engine.Tests.Hostile;
using EclipseConformance.TestKit;

namespace EclipseConformance.Engine.Tests.FaultMatrix;

/// <summary>
/// The fault matrix on PostgreSQL (claims, leases and the ledger on the scale-out store), as the deterministic subset
/// <see cref="FaultMatrixTable.PostgresRows"/> (every step of every flow, every fault family). Skips with a stated reason
/// when no server is available, and fails instead when ECLIPSE_REQUIRE_POSTGRES=1 (CI). Solo for the same reason as
/// <see cref="FaultMatrixTests"/>.
/// </summary>
[Collection(SoloCollection.Name)]
public sealed class PostgresFaultMatrixTests(PostgresFaultMatrixFixture engine) : IClassFixture<PostgresFaultMatrixFixture>
{
    public static TheoryData<string> Rows => FaultMatrixTable.PostgresRowIds();

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task An_upstream_fault_ends_with_the_money_settled_once_or_fully_reversed_on_PostgreSQL(string row)
    {
        PostgresTestServer.SkipIfUnavailable();
        await MatrixRowCheck.RunAsync(engine, row);
    }
}
