using EclipseConformance.Engine.Rules;

namespace EclipseConformance.Engine.RateLimiting;

/// <summary>
/// A partition: who (scope, tenant, user id or IP address) and under which limits. The limits are part of the key,
/// so a rule reload that changes them starts fresh partitions (read when created) while unchanged limits keep their
/// counters; old partitions are dropped once idle.
/// </summary>
internal readonly record struct PartitionKey(RateLimitScope Scope, long TenantId, long UserId, object? Address, RateLimitWindow Limits, int Concurrency);
