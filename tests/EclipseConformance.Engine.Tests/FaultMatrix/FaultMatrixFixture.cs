using EclipseConformance.TestKit;

namespace EclipseConformance.Engine.Tests.FaultMatrix;

/// <summary>
/// One engine for the whole matrix (rows are isolated by data): 3 transaction checks and 4 pending polls before a
/// payment gives up, so the "never confirmed" paths are short; a 30 s withdrawal upstream timeout like the provider's,
/// and delivery retries at most 30 s apart so a fault repeated on all 6 attempts ends within a few clock steps.
/// </summary>
public sealed class FaultMatrixFixture : EngineFixture
{
    public static readonly string[] Arguments =
        ["--Vas:MaxChecks=3", "--Vas:MaxPendingPolls=4", "--Withdrawals:UpstreamTimeout=00:00:30", "--Withdrawals:DeliveryMaxRetryDelay=00:00:30"];

    protected override IEnumerable<string> ExtraArguments() => Arguments;
}
