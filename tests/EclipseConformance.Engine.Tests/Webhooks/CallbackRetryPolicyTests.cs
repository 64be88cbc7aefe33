using EclipseConformance.Engine.Tests.Webhooks.Support;
using EclipseConformance.Engine.Tests.Withdrawals;

namespace EclipseConformance.Engine.Tests.Webhooks;

/// <summary>
/// <c>policies.callbackRetry</c> swapped at run time (<c>PUT /sim/v1/rules</c>) changes when a failing channel is called
/// again: a withdrawal cancelled over HTTP, its callback refused by a WireMock receiver, attempts timed on the fake clock.
/// Its own engine, because the tests move the clock.
/// </summary>
public class CallbackRetryPolicyTests(WithdrawalEngine engine) : IClassFixture<WithdrawalEngine>
{
    private readonly WithdrawalWorld _world = new(engine);

    [Fact]
    public async Task EFT_RETRY_calls_a_failing_channel_again_twice_one_second_apart_before_the_ten_second_step()
    {
        using var receiver = CallbackReceiver.Start(engine.Clock, 503, 503, 503, 200);
        await WithRetryPolicyAsync("""{"variant": "EFT_RETRY"}""", async () =>
        {
            var t0 = await CancelWithCallbackAsync(receiver);

            await _world.AdvanceAsync(TimeSpan.FromSeconds(1));
            await _world.AdvanceAsync(TimeSpan.FromSeconds(1));
            receiver.Received.Select(r => r.At).Should().Equal([t0, t0.AddSeconds(1), t0.AddSeconds(2)], "EFT-RETRY's first step is 1 s twice (UK-RETRY would wait 10 s here)");

            await _world.AdvanceAsync(TimeSpan.FromMilliseconds(9_999));
            receiver.Received.Should().HaveCount(3);
            await _world.AdvanceAsync(TimeSpan.FromMilliseconds(1));
            receiver.Received.Select(r => r.At).Should().Equal(t0, t0.AddSeconds(1), t0.AddSeconds(2), t0.AddSeconds(12));
        });
    }

    [Fact]
    public async Task Custom_steps_and_thenEvery_set_the_times_of_the_retries()
    {
        using var receiver = CallbackReceiver.Start(engine.Clock, 503, 500, 503, 200);
        await WithRetryPolicyAsync("""{"steps": [{"every": "5s", "times": 2}], "thenEvery": "1m"}""", async () =>
        {
            var t0 = await CancelWithCallbackAsync(receiver);

            await _world.AdvanceAsync(TimeSpan.FromMilliseconds(4_999));
            receiver.Received.Should().HaveCount(1, "the first retry is due 5 s after the failure, not after UK-RETRY's 1 s");
            await _world.AdvanceAsync(TimeSpan.FromMilliseconds(1));
            await _world.AdvanceAsync(TimeSpan.FromSeconds(5));
            receiver.Received.Select(r => r.At).Should().Equal(t0, t0.AddSeconds(5), t0.AddSeconds(10));

            await _world.AdvanceAsync(TimeSpan.FromSeconds(59));
            receiver.Received.Should().HaveCount(3, "after the steps, thenEvery (1 min) applies");
            await _world.AdvanceAsync(TimeSpan.FromSeconds(1));
            receiver.Received.Select(r => r.At).Should().Equal(t0, t0.AddSeconds(5), t0.AddSeconds(10), t0.AddSeconds(70));
            receiver.Received.Select(r => r.BodyText).Should().AllSatisfy(b => b.Should().Contain("\"status\":\"CANCELLED\""));
        });
    }

    /// <summary>Creates a withdrawal with the receiver as callbackUrl, cancels it and returns when the first attempt was made.</summary>
    private async Task<DateTimeOffset> CancelWithCallbackAsync(CallbackReceiver receiver)
    {
        var wallet = await _world.CustomerWalletAsync(100m);
        var created = await _world.CreatePendingAsync(wallet, 10m, callbackUrl: receiver.Url);
        using var tenant = await engine.LoginTenantAsync();
        (await tenant.DeleteAsync($"tenants/{_world.TenantId}/wallets/{wallet}/withdrawals/{created.WithdrawalId}")).Code.Should().Be(200);
        var t0 = engine.Clock.GetUtcNow();
        await _world.WaitIdleAsync();
        receiver.Received.Select(r => r.At).Should().Equal([t0], "the first attempt is made at once");
        return t0;
    }

    private async Task WithRetryPolicyAsync(string callbackRetry, Func<Task> test)
    {
        using var sim = engine.SimulatorAdmin();
        var put = await sim.SendRawAsync(HttpMethod.Put, "/sim/v1/rules", $$$"""{"version": 1, "policies": {"callbackRetry": {{{callbackRetry}}}}}""");
        put.Code.Should().Be(200, put.Text);
        try
        {
            await test();
        }
        finally
        {
            (await sim.DeleteAsync("/sim/v1/rules")).Code.Should().Be(200);
        }
    }
}
