namespace EclipseConformance.Engine.Rules;

/// <summary>
/// Every policy the rule files drive, as one immutable object. A reload builds a new snapshot and swaps it in
/// atomically; readers take <see cref="IPolicies.Current"/> once per decision and never see a half-applied rule set.
/// </summary>
public sealed record PolicySnapshot
{
    /// <summary>The documented defaults (what an empty rule set gives).</summary>
    public static PolicySnapshot Defaults { get; } = new();

    /// <summary>The rule set this snapshot came from ("defaults" until rules are loaded), e.g. "3-9f2c41d07a1be655".</summary>
    public string Version { get; init; } = "defaults";

    public JwtPolicy Jwt { get; init; } = new();

    public WithdrawalLimitPolicy WithdrawalLimit { get; init; } = new();

    /// <summary>The withdrawal types by requested name (rule file <c>policies.withdrawalTypes</c>).</summary>
    public IReadOnlyDictionary<string, WithdrawalTypePolicy> WithdrawalTypes { get; init; } = WithdrawalTypePolicy.Defaults;

    public LookupPolicy Lookup { get; init; } = new();

    public RateLimitPolicy RateLimits { get; init; } = new();

    public CallbackRetryPolicy CallbackRetry { get; init; } = new();

    public ConflictSettings Conflicts { get; init; } = new();

    /// <summary>The channel conformance rules (ADR 0036).</summary>
    public Conformance.ConformancePolicy Conformance { get; init; } = new();
}
