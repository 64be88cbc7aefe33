using System.Text.Json.Nodes;
using EclipseConformance.Engine.Tenancy;
using EclipseConformance.Engine.Tests.Webhooks.Support;
using EclipseConformance.Engine.Webhooks;
using EclipseConformance.Simulators;
using Microsoft.Extensions.DependencyInjection;

namespace EclipseConformance.Engine.Tests.Withdrawals;

public sealed class WithdrawalCallbackTests(WithdrawalEngine engine) : IClassFixture<WithdrawalEngine>, IAsyncLifetime
{
    private const string Key = "withdrawal-callback-key";
    private readonly WithdrawalWorld _world = new(engine);
    private CallbackReceiver _receiver = null!;

    public async ValueTask InitializeAsync()
    {
        await engine.Services.GetRequiredService<ITenantConfig>().SetAsync(_world.TenantId, "HMACOutboundSignatureKey", Key, TestContext.Current.CancellationToken);
        _receiver = CallbackReceiver.Start(engine.Clock, 200);
    }

    public ValueTask DisposeAsync()
    {
        _receiver.Dispose();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task A_redeemed_withdrawal_posts_the_full_object_with_SUCCESSFUL_signed_with_the_tenant_key()
    {
        var wallet = await _world.CustomerWalletAsync(500m);
        var created = await _world.CreatePendingAsync(wallet, 75m, WithdrawalWorld.NewPhone(), callbackUrl: _receiver.Url);
        await _world.WaitIdleAsync();
        _receiver.Received.Should().BeEmpty("there is no callback while the withdrawal is PENDING");

        using var sim = engine.SimulatorAdmin();
        (await sim.PostAsync($"/sim/v1/withdrawals/{created.WithdrawalId}/redeem", null)).Code.Should().Be(200);
        await _world.WaitIdleAsync();

        var callback = await SingleCallbackAsync("SUCCESSFUL");
        var query = await _world.GetAsync(wallet, created.WithdrawalId);
        callback.BodyText.Should().Be(query.Text, "the callback carries the same data as the query");
        var json = JsonNode.Parse(callback.BodyText)!;
        json["token"]!.GetValue<string>().Should().Be(created.Token);
        json["amount"]!.GetValue<decimal>().Should().Be(75m);
        SignatureVerifier.Verify(callback.Header("Eclipse-Signature"), callback.Body, Key, engine.Clock.GetUtcNow().ToUnixTimeMilliseconds(), TimeSpan.FromMinutes(5))
            .Valid.Should().BeTrue();
    }

    [Fact]
    public async Task A_cancelled_withdrawal_posts_CANCELLED()
    {
        var wallet = await _world.CustomerWalletAsync(500m);
        var created = await _world.CreatePendingAsync(wallet, 10m, callbackUrl: _receiver.Url);
        using var tenant = await engine.LoginTenantAsync();
        (await tenant.DeleteAsync($"tenants/{_world.TenantId}/wallets/{wallet}/withdrawals/{created.WithdrawalId}")).Code.Should().Be(200);
        await _world.WaitIdleAsync();
        await SingleCallbackAsync("CANCELLED");
    }

    [Fact]
    public async Task An_expired_token_posts_TIMEOUT()
    {
        var wallet = await _world.CustomerWalletAsync(500m);
        await _world.CreatePendingAsync(wallet, 10m, WithdrawalWorld.NewPhone(), callbackUrl: _receiver.Url);
        await _world.AdvanceAsync(TimeSpan.FromDays(6));
        await SingleCallbackAsync("TIMEOUT");
    }

    [Fact]
    public async Task A_token_the_network_refuses_posts_ERROR_with_an_errorDescription_and_the_money_stays_in_the_wallet()
    {
        var wallet = await _world.CustomerWalletAsync(500m);
        var before = await _world.SnapshotAsync(wallet);
        var fault = _world.Atm.AddFault(new FaultSpec { Match = FaultMatch.ForOperation("Register"), Outcome = FaultOutcome.Business("CARDLESS_DISABLED", "Cardless withdrawals are switched off") });
        try
        {
            using var tenant = await engine.LoginTenantAsync();
            var created = await WithdrawalWorld.CreateAsync(tenant, _world.TenantId, wallet, WithdrawalWorld.Body(50m, WithdrawalWorld.NewPhone(), callbackUrl: _receiver.Url));
            created.Code.Should().Be(200, created.Text);
            created.Json!["status"]!.GetValue<string>().Should().BeOneOf("ERROR", "PENDING");
            (await _world.AdvanceUntilStatusAsync(wallet, created.Json["withdrawalId"]!.GetValue<long>(), "ERROR")).Should().Be("ERROR");
        }
        finally
        {
            _world.Atm.Faults.Remove(fault.Id);
        }

        await _world.WaitIdleAsync();
        var json = JsonNode.Parse((await SingleCallbackAsync("ERROR")).BodyText)!;
        json["errorDescription"]!.GetValue<string>().Should().Contain("CARDLESS_DISABLED");
        (await _world.SnapshotAsync(wallet)).Should().Be(before, "if it fails the funds remain in the wallet");
    }

    [Fact]
    public async Task A_failing_receiver_gets_the_callback_again_on_the_retry_schedule()
    {
        _receiver.Respond(503, 200);
        var wallet = await _world.CustomerWalletAsync(500m);
        var created = await _world.CreatePendingAsync(wallet, 10m, callbackUrl: _receiver.Url);
        using var tenant = await engine.LoginTenantAsync();
        (await tenant.DeleteAsync($"tenants/{_world.TenantId}/wallets/{wallet}/withdrawals/{created.WithdrawalId}")).Code.Should().Be(200);
        await _world.WaitIdleAsync();
        Mine().Should().HaveCount(1);

        await _world.AdvanceAsync(TimeSpan.FromSeconds(1));

        Mine().Should().HaveCount(2);
        Mine().Select(c => c.BodyText).Distinct().Should().ContainSingle("every attempt carries the same body");
        IEnumerable<ReceivedCallback> Mine() => _receiver.Received.Where(c => JsonNode.Parse(c.BodyText)!["withdrawalId"]!.GetValue<long>() == created.WithdrawalId);
    }

    private async Task<ReceivedCallback> SingleCallbackAsync(string status)
    {
        await _receiver.WaitForAsync(1);
        var callback = _receiver.Received.Should().ContainSingle().Subject;
        callback.Method.Should().Be("POST");
        JsonNode.Parse(callback.BodyText)!["status"]!.GetValue<string>().Should().Be(status);
        return callback;
    }
}
