namespace EclipseConformance.Engine.Rules;

/// <summary>
/// Rate limits as Eclipse keys them (fact sheet 8): user and tenant from the JWT, client IP without one, a concurrency
/// limit, and the global lookup's own tighter window. Eclipse publishes no numbers; the defaults are generous for
/// a channel under test and tight for bulk lookup. Rule file: <c>policies.rateLimits</c>.
/// </summary>
public sealed record RateLimitPolicy
{
    public bool Enabled { get; init; } = true;

    public RateLimitWindow PerUser { get; init; } = new(600, TimeSpan.FromMinutes(1));

    public RateLimitWindow PerTenant { get; init; } = new(3_000, TimeSpan.FromMinutes(1));

    public RateLimitWindow PerIp { get; init; } = new(120, TimeSpan.FromMinutes(1));

    /// <summary>The global wallet lookup's anti-bulk window, per user.</summary>
    public RateLimitWindow Lookup { get; init; } = new(30, TimeSpan.FromMinutes(1));

    public ConcurrencyLimits Concurrency { get; init; } = new(32, 128, 16);
}
