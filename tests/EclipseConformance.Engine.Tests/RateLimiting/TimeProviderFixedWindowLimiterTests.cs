using System.Threading.RateLimiting;
using EclipseConformance.Engine.RateLimiting;
using Microsoft.Extensions.Time.Testing;

namespace EclipseConformance.Engine.Tests.RateLimiting;

public class TimeProviderFixedWindowLimiterTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 16, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public void A_window_grants_its_permits_refuses_the_next_and_says_when_it_resets()
    {
        using var limiter = new TimeProviderFixedWindowLimiter(3, TimeSpan.FromMinutes(1), _clock);

        for (var i = 0; i < 3; i++)
        {
            using var lease = limiter.AttemptAcquire();
            lease.IsAcquired.Should().BeTrue();
        }

        _clock.Advance(TimeSpan.FromSeconds(20));
        using var refused = limiter.AttemptAcquire();
        refused.IsAcquired.Should().BeFalse();
        refused.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter).Should().BeTrue();
        retryAfter.Should().Be(TimeSpan.FromSeconds(40));
        limiter.GetStatistics()!.CurrentAvailablePermits.Should().Be(0);
        limiter.GetStatistics()!.TotalFailedLeases.Should().Be(1);
    }

    [Fact]
    public void Only_the_injected_clock_moves_the_window()
    {
        using var limiter = new TimeProviderFixedWindowLimiter(1, TimeSpan.FromSeconds(10), _clock);
        limiter.AttemptAcquire().IsAcquired.Should().BeTrue();
        Thread.Sleep(50);
        limiter.AttemptAcquire().IsAcquired.Should().BeFalse("real time passing does not matter");

        _clock.Advance(TimeSpan.FromSeconds(9.999));
        limiter.AttemptAcquire().IsAcquired.Should().BeFalse();
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        limiter.AttemptAcquire().IsAcquired.Should().BeTrue("a new window started");
    }

    [Fact]
    public void Windows_stay_aligned_to_the_first_window_after_a_long_pause()
    {
        using var limiter = new TimeProviderFixedWindowLimiter(2, TimeSpan.FromMinutes(1), _clock);
        _clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(50));

        var state = limiter.TryTake(1, _clock.GetUtcNow().UtcTicks);

        state.Acquired.Should().BeTrue();
        state.Remaining.Should().Be(1);
        state.ResetAfter.Should().Be(TimeSpan.FromSeconds(10));
        limiter.IdleDuration.Should().BeNull("a permit is in use in the current window");
    }

    [Fact]
    public void Returned_permits_count_again_only_in_the_window_they_were_taken_from()
    {
        using var limiter = new TimeProviderFixedWindowLimiter(1, TimeSpan.FromMinutes(1), _clock);
        var taken = limiter.TryTake(1, _clock.GetUtcNow().UtcTicks);
        limiter.Return(1, taken.WindowStart);
        limiter.TryTake(1, _clock.GetUtcNow().UtcTicks).Acquired.Should().BeTrue();

        _clock.Advance(TimeSpan.FromMinutes(1));
        limiter.TryTake(1, _clock.GetUtcNow().UtcTicks).Acquired.Should().BeTrue();
        limiter.Return(1, taken.WindowStart);
        limiter.TryTake(1, _clock.GetUtcNow().UtcTicks).Acquired.Should().BeFalse("an old window's permit does not refill the new one");
    }

    [Fact]
    public void Zero_permits_report_whether_any_is_left_and_more_than_the_limit_is_refused_as_a_bug()
    {
        using var limiter = new TimeProviderFixedWindowLimiter(1, TimeSpan.FromMinutes(1), _clock);
        limiter.AttemptAcquire(0).IsAcquired.Should().BeTrue();
        limiter.AttemptAcquire(1).IsAcquired.Should().BeTrue();
        limiter.AttemptAcquire(0).IsAcquired.Should().BeFalse();
        var tooMany = () => limiter.AttemptAcquire(2);
        tooMany.Should().Throw<ArgumentOutOfRangeException>();
    }
}
