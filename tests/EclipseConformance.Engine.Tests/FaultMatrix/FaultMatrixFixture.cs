using EclipseConformance.TestKit;

namespace EclipseConformance.Engine.Tests.FaultMatrix;

/// <summary>
/// One engine for the whole matrix (rows are isolated by data): 3 transaction checks and 4 pending polls before a
/// payment gives up, so the "never confirmed" paths are short; a 30 s withdrawal upstream timeout like the provider's.
/// </summary>
public sealed class FaultMatrixFixture : EngineFixture
{
    protected override IEnumerable<string> ExtraArguments() =>
        ["--Vas:MaxChecks=3", "--Vas:MaxPendingPolls=4", "--Withdrawals:UpstreamTimeout=00:00:30"];
}
