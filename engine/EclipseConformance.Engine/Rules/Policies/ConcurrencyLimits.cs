namespace EclipseConformance.Engine.Rules;

/// <summary>In-flight request limits keyed like the rate limits (fact sheet 8). Each 1–100,000.</summary>
public sealed record ConcurrencyLimits(int PerUser, int PerTenant, int PerIp);
