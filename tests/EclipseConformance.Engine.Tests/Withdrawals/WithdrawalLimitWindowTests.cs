using EclipseConformance.TestKit;

namespace EclipseConformance.Engine.Tests.Withdrawals;

/// <summary>
/// The limit's window and time zone are policy settings (<c>policies.withdrawalLimit.window</c> / <c>timeZone</c>),
/// swapped at run time through <c>PUT /sim/v1/rules</c>: its own engine, because these tests move the clock months ahead.
/// </summary>
public class WithdrawalLimitWindowTests(WithdrawalEngine engine) : IClassFixture<WithdrawalEngine>
{
    private static readonly TimeSpan Sast = TimeSpan.FromHours(2);
    private readonly WithdrawalWorld _world = new(engine);

    [Fact]
    public async Task A_rolling_30_day_window_keeps_counting_across_the_month_turn_until_30_days_have_passed()
    {
        var phone = WithdrawalWorld.NewPhone();
        var neighbour = WithdrawalWorld.NewPhone();
        using var sim = engine.SimulatorAdmin();
        await UseLimitAsync(sim, """{"window": "ROLLING_30_DAYS"}""");
        try
        {
            var firstOfMonth = FirstOfSastMonthAhead();
            await MoveClockToAsync(firstOfMonth - TimeSpan.FromHours(1));
            var created = engine.Clock.GetUtcNow();
            foreach (var p in new[] { phone, neighbour })
            {
                var token = await Create(24_000m, p);
                token.Code.Should().Be(200, token.Text);
                (await sim.PostAsync($"/sim/v1/withdrawals/{token.Json!["withdrawalId"]}/redeem", null)).Code.Should().Be(200, "a SUCCESSFUL token keeps counting after its 6-day lifetime");
            }

            await _world.AdvanceAsync(firstOfMonth - engine.Clock.GetUtcNow()); // a new calendar month in Johannesburg
            var refused = await Create(0.01m, phone);
            refused.Code.Should().Be(400, "the rolling window still holds the R24,000 of an hour ago");
            refused.ErrorCode.Should().Be("IAE001");
            refused.Error["description"]!.GetValue<string>().Should().EndWith("of withdrawal tokens per 30 days");

            await UseLimitAsync(sim, null);
            (await Create(0.01m, neighbour)).Code.Should().Be(200, "the same request passes under the default calendar month: the window is what differs");
            await UseLimitAsync(sim, """{"window": "ROLLING_30_DAYS"}""");

            await _world.AdvanceAsync(created + TimeSpan.FromDays(30) - TimeSpan.FromSeconds(1) - engine.Clock.GetUtcNow());
            (await Create(0.01m, phone)).ErrorCode.Should().Be("IAE001", "29 days 23:59:59 later the token is still inside the window");

            await _world.AdvanceAsync(TimeSpan.FromSeconds(2));
            var allowed = await Create(24_000m, phone);
            allowed.Code.Should().Be(200, "30 days after it was created the token has left the window. " + allowed.Text);
        }
        finally
        {
            await UseLimitAsync(sim, null);
        }
    }

    [Fact]
    public async Task With_timeZone_UTC_the_month_turns_at_midnight_UTC_not_at_midnight_in_Johannesburg()
    {
        var phone = WithdrawalWorld.NewPhone();
        var neighbour = WithdrawalWorld.NewPhone();
        using var sim = engine.SimulatorAdmin();
        await UseLimitAsync(sim, """{"timeZone": "Etc/UTC"}""");
        try
        {
            var utcMidnight = FirstOfSastMonthAhead() + Sast; // 00:00 UTC on the 1st = 02:00 in Johannesburg
            await MoveClockToAsync(utcMidnight - TimeSpan.FromHours(2) - TimeSpan.FromSeconds(1)); // 23:59:59 SAST, 21:59:59 UTC
            (await Create(24_000m, phone)).Code.Should().Be(200);
            (await Create(24_000m, neighbour)).Code.Should().Be(200);

            await _world.AdvanceAsync(TimeSpan.FromSeconds(1)); // a new month in Johannesburg, still the old one in UTC
            var refused = await Create(0.01m, phone);
            refused.Code.Should().Be(400, "in UTC the month has not turned yet");
            refused.ErrorCode.Should().Be("IAE001");

            await UseLimitAsync(sim, null);
            (await Create(0.01m, neighbour)).Code.Should().Be(200, "under the default Africa/Johannesburg the month has turned: the zone is what differs");
            await UseLimitAsync(sim, """{"timeZone": "Etc/UTC"}""");

            await _world.AdvanceAsync(utcMidnight - engine.Clock.GetUtcNow() - TimeSpan.FromSeconds(1));
            (await Create(0.01m, phone)).ErrorCode.Should().Be("IAE001", "23:59:59 UTC is still the old month");
            await _world.AdvanceAsync(TimeSpan.FromSeconds(1));
            var allowed = await Create(24_000m, phone);
            allowed.Code.Should().Be(200, "at 00:00 UTC a new month starts. " + allowed.Text);
            (await Create(0.01m, phone)).ErrorCode.Should().Be("IAE001");
        }
        finally
        {
            await UseLimitAsync(sim, null);
        }
    }

    /// <summary>PUT a runtime rule set with these <c>withdrawalLimit</c> settings, or DELETE it (back to the defaults).</summary>
    private static async Task UseLimitAsync(EclipseClient sim, string? withdrawalLimit)
    {
        var response = withdrawalLimit is null
            ? await sim.DeleteAsync("/sim/v1/rules")
            : await sim.SendRawAsync(HttpMethod.Put, "/sim/v1/rules", $$$"""{"version": 1, "policies": {"withdrawalLimit": {{{withdrawalLimit}}}}}""");
        response.Code.Should().Be(200, response.Text);
    }

    /// <summary>
    /// Midnight on the 1st of a month in Johannesburg, two months after the clock's month: the clock only moves forward
    /// and the tests of this class run in any order.
    /// </summary>
    private DateTimeOffset FirstOfSastMonthAhead()
    {
        var local = engine.Clock.GetUtcNow().ToOffset(Sast);
        return new DateTimeOffset(local.Year, local.Month, 1, 0, 0, 0, Sast).AddMonths(2);
    }

    private async Task MoveClockToAsync(DateTimeOffset instant)
    {
        engine.Clock.SetUtcNow(instant);
        await _world.WaitIdleAsync();
    }

    /// <summary>Creates a token as the integrator, logged in afresh: the clock moves further than a token's 15 minutes.</summary>
    private async Task<ApiResponse> Create(decimal amount, string phone)
    {
        using var integrator = await engine.LoginIntegratorAsync();
        return await WithdrawalWorld.CreateAsync(integrator, _world.IntegratorTenantId, _world.IntegratorWalletId, WithdrawalWorld.Body(amount, phone));
    }
}
