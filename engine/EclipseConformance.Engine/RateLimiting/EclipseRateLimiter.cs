using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using EclipseConformance.Engine.Identity;
using EclipseConformance.Engine.Primitives;
using EclipseConformance.Engine.Rules;
using Microsoft.Extensions.Options;

namespace EclipseConformance.Engine.RateLimiting;

/// <summary>
/// The engine's global limiter for ASP.NET Core's rate-limiting middleware, keyed as Eclipse documents (fact sheet 8):
/// with a JWT, the user's and the tenant's windows and concurrency limits (the first one exhausted refuses; an exhausted
/// tenant refuses all its users); without one, the client IP's; plus the per-user lookup window on endpoints marked
/// <see cref="LookupRateLimit"/>. Limits come from <c>policies.rateLimits</c>, read once per request; windows run on the
/// injected clock. Only the Eclipse REST surface is limited, never the <c>/sim/v1</c> control plane.
/// A refused request consumes nothing. When limits are off the cost is one policy read and no allocation.
/// </summary>
public sealed class EclipseRateLimiter(IPolicies policies, TimeProvider time, IOptions<RateLimitingOptions> options) : PartitionedRateLimiter<HttpContext>
{
    private static readonly object Overflow = new();

    private readonly ConcurrentDictionary<PartitionKey, RatePartition> _partitions = new();
    private readonly Lock _sweepGate = new();
    private int _count;
    private int _nextSweep = 1_024;
    private volatile CompiledPolicy? _compiled;

    /// <summary>Live partitions (for tests and diagnostics).</summary>
    public int PartitionCount => Volatile.Read(ref _count);

    public override RateLimiterStatistics? GetStatistics(HttpContext resource) => null;

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(HttpContext resource, int permitCount, CancellationToken cancellationToken) =>
        ValueTask.FromResult(AttemptAcquireCore(resource, permitCount));

    protected override RateLimitLease AttemptAcquireCore(HttpContext resource, int permitCount)
    {
        var policy = policies.Current.RateLimits;
        if (!policy.Enabled || !resource.Request.Path.StartsWithSegments(EclipseApi.BasePath, StringComparison.OrdinalIgnoreCase))
        {
            return EclipseRateLease.Unlimited;
        }

        var compiled = Compile(policy);
        var now = time.GetUtcNow().UtcTicks;
        RatePartition first, second;
        RatePartition? lookup = null;
        var firstScope = RateLimitScope.Ip;
        string policyHeader;
        if (Caller.Of(resource) is { } caller)
        {
            firstScope = RateLimitScope.User;
            first = Get(new PartitionKey(RateLimitScope.User, caller.TenantId, caller.UserId, null, policy.PerUser, policy.Concurrency.PerUser), now);
            second = Get(new PartitionKey(RateLimitScope.Tenant, caller.TenantId, 0, null, policy.PerTenant, policy.Concurrency.PerTenant), now);
            if (resource.GetEndpoint()?.Metadata.GetMetadata<LookupRateLimit>() is not null)
            {
                lookup = Get(new PartitionKey(RateLimitScope.Lookup, caller.TenantId, caller.UserId, null, policy.Lookup, 0), now);
            }

            policyHeader = lookup is null ? compiled.JwtPolicy : compiled.LookupPolicy;
        }
        else
        {
            first = Get(new PartitionKey(RateLimitScope.Ip, 0, 0, resource.Connection.RemoteIpAddress, policy.PerIp, policy.Concurrency.PerIp), now);
            second = first;
            policyHeader = compiled.IpPolicy;
        }

        // Concurrency first: it is released if a window then refuses, so a refused request holds and consumes nothing.
        RateLimitLease? held1 = null, held2 = null;
        if (!TryHold(first, ref held1) || (second != first && !TryHold(second, ref held2)))
        {
            var scope = held1 is null ? firstScope : RateLimitScope.Tenant;
            var limit = scope switch
            {
                RateLimitScope.Tenant => policy.Concurrency.PerTenant,
                RateLimitScope.User => policy.Concurrency.PerUser,
                _ => policy.Concurrency.PerIp,
            };
            held1?.Dispose();
            return new EclipseRateLease(new RateLimitRejection(scope, limit, TimeSpan.Zero, TimeSpan.FromSeconds(1), policyHeader));
        }

        var tightest = default(WindowState);
        var lookupState = default(WindowState);
        if (lookup is not null)
        {
            lookupState = lookup.Window.TryTake(permitCount, now);
            if (!lookupState.Acquired)
            {
                return Refuse(RateLimitScope.Lookup, lookup, lookupState);
            }

            tightest = lookupState;
        }

        var firstState = first.Window.TryTake(permitCount, now);
        if (!firstState.Acquired)
        {
            return Refuse(firstScope, first, firstState);
        }

        tightest = Tighter(tightest, firstState);
        if (second != first)
        {
            var secondState = second.Window.TryTake(permitCount, now);
            if (!secondState.Acquired)
            {
                first.Window.Return(permitCount, firstState.WindowStart);
                return Refuse(RateLimitScope.Tenant, second, secondState);
            }

            tightest = Tighter(tightest, secondState);
        }

        RateLimitHeaders.WriteQuota(resource.Response.Headers, tightest, policyHeader);
        return held1 is null && held2 is null ? EclipseRateLease.Unlimited : new EclipseRateLease(held1, held2);

        EclipseRateLease Refuse(RateLimitScope scope, RatePartition partition, WindowState state)
        {
            if (scope != RateLimitScope.Lookup)
            {
                lookup?.Window.Return(permitCount, lookupState.WindowStart);
            }

            held1?.Dispose();
            held2?.Dispose();
            return new EclipseRateLease(new RateLimitRejection(scope, state.Limit, partition.Window.Window, state.ResetAfter, policyHeader));
        }
    }

    /// <summary>The window closest to running out (fewest permits left; on a tie, the later reset).</summary>
    private static WindowState Tighter(WindowState current, WindowState candidate) =>
        current.Limit == 0 || candidate.Remaining < current.Remaining
        || (candidate.Remaining == current.Remaining && candidate.ResetAfter > current.ResetAfter)
            ? candidate
            : current;

    private static bool TryHold(RatePartition partition, ref RateLimitLease? held)
    {
        if (partition.Concurrency is not { } concurrency)
        {
            return true;
        }

        var lease = concurrency.AttemptAcquire();
        if (lease.IsAcquired)
        {
            held = lease;
            return true;
        }

        lease.Dispose();
        return false;
    }

    private RatePartition Get(PartitionKey key, long now)
    {
        if (_partitions.TryGetValue(key, out var partition))
        {
            return partition;
        }

        if (Volatile.Read(ref _count) >= _nextSweep)
        {
            Sweep(now);
        }

        if (Volatile.Read(ref _count) >= options.Value.MaxPartitions)
        {
            // Full even after dropping idle partitions: new keys of this scope share one partition (still limited).
            key = key with { TenantId = -1, UserId = -1, Address = Overflow };
            if (_partitions.TryGetValue(key, out partition))
            {
                return partition;
            }
        }

        var created = new RatePartition(
            new TimeProviderFixedWindowLimiter(key.Limits.Permits, key.Limits.Window, time),
            key.Concurrency > 0 ? new ConcurrencyLimiter(new ConcurrencyLimiterOptions { PermitLimit = key.Concurrency, QueueLimit = 0 }) : null);
        partition = _partitions.GetOrAdd(key, created);
        if (ReferenceEquals(partition, created))
        {
            Interlocked.Increment(ref _count);
        }

        return partition;
    }

    /// <summary>Drops idle partitions (including those of limits a reload replaced); then sweeps again at twice the size.</summary>
    private void Sweep(long now)
    {
        lock (_sweepGate)
        {
            if (Volatile.Read(ref _count) < _nextSweep)
            {
                return;
            }

            foreach (var entry in _partitions)
            {
                if (entry.Value.IsIdle(now) && _partitions.TryRemove(entry))
                {
                    Interlocked.Decrement(ref _count);
                }
            }

            _nextSweep = Math.Max(1_024, Volatile.Read(ref _count) * 2);
        }
    }

    private CompiledPolicy Compile(RateLimitPolicy policy)
    {
        var compiled = _compiled;
        if (compiled is null || !ReferenceEquals(compiled.Policy, policy))
        {
            _compiled = compiled = new CompiledPolicy(policy);
        }

        return compiled;
    }

    /// <summary>The <c>RateLimit-Policy</c> header values of one policy snapshot, built once.</summary>
    private sealed class CompiledPolicy(RateLimitPolicy policy)
    {
        public RateLimitPolicy Policy => policy;

        public string JwtPolicy { get; } = $"{Describe(policy.PerUser)}, {Describe(policy.PerTenant)}";

        public string LookupPolicy { get; } = $"{Describe(policy.Lookup)}, {Describe(policy.PerUser)}, {Describe(policy.PerTenant)}";

        public string IpPolicy { get; } = Describe(policy.PerIp);

        private static string Describe(RateLimitWindow w) =>
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{w.Permits};w={RateLimitHeaders.Seconds(w.Window)}");
    }
}
