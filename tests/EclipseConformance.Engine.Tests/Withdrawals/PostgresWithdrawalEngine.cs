using EclipseConformance.TestKit;

namespace EclipseConformance.Engine.Tests.Withdrawals;

/// <summary><see cref="WithdrawalEngine"/> on a fresh PostgreSQL database.</summary>
public sealed class PostgresWithdrawalEngine : PostgresEngineFixture
{
    protected override IEnumerable<string> ExtraArguments() => [.. base.ExtraArguments(), WithdrawalEngine.UpstreamTimeout];
}
