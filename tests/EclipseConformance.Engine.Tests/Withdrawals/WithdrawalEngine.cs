using EclipseConformance.TestKit;

namespace EclipseConformance.Engine.Tests.Withdrawals;

/// <summary>
/// The engine for withdrawal tests: a generous upstream timeout, because a machine busy starting many engines in
/// parallel can take seconds to answer the first call to a simulator (tests move the clock, never wait on timeouts).
/// </summary>
public sealed class WithdrawalEngine : EngineFixture
{
    public const string UpstreamTimeout = "--Withdrawals:UpstreamTimeout=00:00:30";

    protected override IEnumerable<string> ExtraArguments() => [UpstreamTimeout];
}
