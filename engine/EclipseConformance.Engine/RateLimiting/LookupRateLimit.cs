namespace EclipseConformance.Engine.RateLimiting;

/// <summary>Endpoint metadata: requests to this endpoint also count against the per-user lookup window.</summary>
public sealed class LookupRateLimit;
