using System.Net;
using EclipseConformance.Engine.RateLimiting;
using EclipseConformance.Engine.Rules;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace EclipseConformance.Engine.Tests.RateLimiting;

/// <summary>The limiter's own limits: idle partitions are dropped, and a full table never grows past its bound.</summary>
public class EclipseRateLimiterTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 16, 8, 0, 0, TimeSpan.Zero));

    private static DefaultHttpContext Anonymous(int address)
    {
        var context = new DefaultHttpContext();
        context.Request.Path = "/eclipse-conductor/rest/v1/authentication/login";
        context.Connection.RemoteIpAddress = new IPAddress(BitConverter.GetBytes(0x0A000000 + address));
        return context;
    }

    private EclipseRateLimiter Limiter(int perIp, int maxPartitions = 100_000) => new(
        new Policies(new PolicySnapshot { RateLimits = new RateLimitPolicy { PerIp = new RateLimitWindow(perIp, TimeSpan.FromMinutes(1)) } }),
        _clock,
        Options.Create(new RateLimitingOptions { MaxPartitions = maxPartitions }));

    [Fact]
    public void Partitions_whose_window_has_passed_are_dropped_when_the_table_grows()
    {
        using var limiter = Limiter(perIp: 5);
        for (var i = 0; i < 1_500; i++)
        {
            limiter.AttemptAcquire(Anonymous(i)).Dispose();
        }

        limiter.PartitionCount.Should().Be(1_500, "all of them are inside their first window");
        _clock.Advance(TimeSpan.FromMinutes(1));
        for (var i = 1_500; i < 2_100; i++)
        {
            limiter.AttemptAcquire(Anonymous(i)).Dispose();
        }

        limiter.PartitionCount.Should().BeLessThan(1_500, "the idle ones were swept once the table doubled past its last size");
    }

    [Fact]
    public void Beyond_the_partition_bound_new_callers_share_one_partition_and_stay_limited()
    {
        using var limiter = Limiter(perIp: 3, maxPartitions: 1_000);
        for (var i = 0; i < 1_000; i++)
        {
            limiter.AttemptAcquire(Anonymous(i)).IsAcquired.Should().BeTrue();
        }

        var overflow = Enumerable.Range(1_000, 10).Select(i => limiter.AttemptAcquire(Anonymous(i))).ToList();

        overflow.Count(l => l.IsAcquired).Should().Be(3, "the overflow partition has one address's window");
        limiter.PartitionCount.Should().Be(1_001);
        overflow.ForEach(l => l.Dispose());
    }

    [Fact]
    public void Routes_outside_the_Eclipse_surface_are_never_limited()
    {
        using var limiter = Limiter(perIp: 1);
        var control = new DefaultHttpContext();
        control.Request.Path = "/sim/v1/health";

        Enumerable.Range(0, 10).Select(_ => limiter.AttemptAcquire(control).IsAcquired).Should().AllSatisfy(a => a.Should().BeTrue());
        limiter.PartitionCount.Should().Be(0);
    }

    private sealed class Policies(PolicySnapshot snapshot) : IPolicies
    {
        public PolicySnapshot Current => snapshot;
    }
}
