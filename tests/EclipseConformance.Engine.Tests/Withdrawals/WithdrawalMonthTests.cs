using EclipseConformance.TestKit;

namespace EclipseConformance.Engine.Tests.Withdrawals;

/// <summary>The calendar month is Johannesburg's (UTC+2): its own engine, because these tests move the clock to a month end.</summary>
public class WithdrawalMonthTests(WithdrawalEngine engine) : IClassFixture<WithdrawalEngine>
{
    private readonly WithdrawalWorld _world = new(engine);

    [Fact]
    public async Task The_phone_is_allowed_again_when_the_month_turns_in_Johannesburg_not_in_UTC()
    {
        var phone = WithdrawalWorld.NewPhone();
        var lastSecondOfMarch = new DateTimeOffset(2026, 3, 31, 21, 59, 59, TimeSpan.Zero); // 23:59:59 SAST
        engine.Clock.SetUtcNow(lastSecondOfMarch);
        using var integrator = await engine.LoginIntegratorAsync();
        (await Create(integrator, 24_000m, phone)).Code.Should().Be(200);
        (await Create(integrator, 1m, phone)).ErrorCode.Should().Be("IAE001");

        engine.Clock.Advance(TimeSpan.FromSeconds(1)); // 2026-04-01 00:00:00 SAST, still 31 March in UTC

        var april = await Create(integrator, 24_000m, phone);
        april.Code.Should().Be(200, april.Text);
        (await Create(integrator, 0.01m, phone)).ErrorCode.Should().Be("IAE001");
    }

    private Task<ApiResponse> Create(EclipseClient client, decimal amount, string phone) =>
        WithdrawalWorld.CreateAsync(client, _world.IntegratorTenantId, _world.IntegratorWalletId, WithdrawalWorld.Body(amount, phone));
}
