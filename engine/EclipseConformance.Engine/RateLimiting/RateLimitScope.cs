namespace EclipseConformance.Engine.RateLimiting;

/// <summary>What a rate-limit partition is keyed by (fact sheet 8), plus the global lookup's own window.</summary>
public enum RateLimitScope
{
    /// <summary>The JWT's user (tenant id + user id).</summary>
    User,

    /// <summary>The JWT's tenant: when it is exhausted, every user of the tenant is refused.</summary>
    Tenant,

    /// <summary>The client IP, for calls without a (valid) JWT.</summary>
    Ip,

    /// <summary>The global wallet lookup's anti-bulk window, per user.</summary>
    Lookup,
}
