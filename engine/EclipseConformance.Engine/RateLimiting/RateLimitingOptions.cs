using System.ComponentModel.DataAnnotations;

namespace EclipseConformance.Engine.RateLimiting;

/// <summary>
/// Host-level settings of the rate limiter (section <c>RateLimiting</c>). The limits themselves are policies
/// (<c>policies.rateLimits</c> in rule files, hot-reloaded); these only bound the limiter's own memory and let a host
/// leave the middleware out entirely (ADR 0021).
/// </summary>
public sealed class RateLimitingOptions
{
    public const string Section = "RateLimiting";

    /// <summary>
    /// False leaves the rate-limiting middleware out of the pipeline (no cost at all, whatever the rule files say).
    /// The test kit does this by default; <c>policies.rateLimits.enabled: false</c> is the rule-file switch.
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>At most this many live partitions (users, tenants, IPs, lookup windows); beyond it new keys share one.</summary>
    [Range(1_000, 10_000_000)]
    public int MaxPartitions { get; set; } = 100_000;
}
