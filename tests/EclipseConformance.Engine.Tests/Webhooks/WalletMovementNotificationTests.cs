using System.Globalization;
using System.Text.Json.Nodes;
using EclipseConformance.Engine.Tenancy;
using EclipseConformance.Engine.Tests.Webhooks.Support;
using EclipseConformance.Engine.Wallets;
using EclipseConformance.Engine.Webhooks;

namespace EclipseConformance.Engine.Tests.Webhooks;

/// <summary>
/// Wallet-movement notifications (WMN, fact sheet 6.4; ADR 0039): configured per wallet type as tenant config items
/// <c>walletMovementWebhookUrl.{walletTypeId}</c> (+ <c>walletMovementWebhookDelayMs.{walletTypeId}</c>), posted through
/// the callback outbox, once (SINGLE_ATTEMPT) or retried (RETRY_WITH_BACKOFF, policy <c>conflicts.walletMovementNotifications</c>).
/// </summary>
public class WalletMovementNotificationTests : WebhookTest
{
    private const string Key = "movement-secret";

    [Fact]
    public async Task A_transfer_into_a_wallet_of_a_configured_type_is_notified_once_after_the_delay_signed_with_the_movement()
    {
        var engine = await StartEngineAsync();
        var receiver = StartReceiver(200);
        await ConfigureAsync(engine, receiver.Url, delayMs: 5_000);
        var (from, to) = Wallets(engine);

        var key = Guid.NewGuid().ToString();
        await TransferAsync(engine, from, to, 150.25m, key);
        await engine.AdvanceAsync(TimeSpan.FromSeconds(4));
        receiver.Received.Should().BeEmpty("walletMovementWebhookDelayMs holds the notification back");
        await engine.AdvanceAsync(TimeSpan.FromSeconds(2));

        var received = receiver.Received.Should().ContainSingle("only the credited wallet's type is configured").Subject;
        var body = JsonNode.Parse(received.BodyText)!;
        body["walletId"]!.GetValue<long>().Should().Be(to);
        body["walletTypeId"]!.GetValue<long>().Should().Be(WalletTypes.CustomerMain);
        body["tenantId"]!.GetValue<long>().Should().Be(engine.TenantId);
        body["amount"]!.GetValue<decimal>().Should().Be(150.25m);
        body["currency"]!.GetValue<string>().Should().Be("ZAR");
        body["otherWalletId"]!.GetValue<long>().Should().Be(from);
        body["externalUniqueId"]!.GetValue<string>().Should().Be(key);
        body["type"]!.GetValue<string>().Should().Be("TRANSFER");
        received.BodyText.Should().Contain("\"amount\":150.250000000");
        SignatureVerifier.Verify(received.Header("Eclipse-Signature"), received.Body, Key, Clock.GetUtcNow().ToUnixTimeMilliseconds(), TimeSpan.FromMinutes(5))
            .Valid.Should().BeTrue();
    }

    [Fact]
    public async Task Under_SINGLE_ATTEMPT_a_failed_notification_is_never_retried()
    {
        var engine = await StartEngineAsync();
        var receiver = StartReceiver(500, 200);
        await ConfigureAsync(engine, receiver.Url, delayMs: null);
        var (from, to) = Wallets(engine);

        await TransferAsync(engine, from, to, 1m, Guid.NewGuid().ToString());
        await engine.AdvanceAsync(TimeSpan.FromSeconds(1));
        receiver.Received.Should().ContainSingle();
        await engine.AdvanceAsync(TimeSpan.FromHours(3));

        receiver.Received.Should().ContainSingle("WMN: sent once, never retried");
        var view = await SingleMovementAsync(engine);
        view.Status.Should().Be("NOT_RETRIED");
        view.NextAttemptMs.Should().BeNull();
        view.Attempts.Should().ContainSingle().Which.ResponseStatus.Should().Be(500);
    }

    [Fact]
    public async Task Under_RETRY_WITH_BACKOFF_a_failed_notification_is_retried_on_the_callback_schedule()
    {
        var engine = await StartEngineAsync(null, RulesWith("policies:\n  conflicts:\n    walletMovementNotifications: RETRY_WITH_BACKOFF\n"));
        var receiver = StartReceiver(500, 200);
        await ConfigureAsync(engine, receiver.Url, delayMs: null);
        var (from, to) = Wallets(engine);

        await TransferAsync(engine, from, to, 1m, Guid.NewGuid().ToString());
        await engine.AdvanceAsync(TimeSpan.FromSeconds(1));
        receiver.Received.Should().ContainSingle();
        await engine.AdvanceAsync(TimeSpan.FromSeconds(1));

        receiver.Received.Should().HaveCount(2, "UK_RETRY's first retry comes 1 s after the failure");
        (await SingleMovementAsync(engine)).Status.Should().Be("DELIVERED");
    }

    private static (long From, long To) Wallets(WebhookEngine engine) =>
        (engine.Seed.Tenants[0].WalletIds[0], engine.Seed.SampleCustomers.First(c => c.TenantId == engine.TenantId).WalletId);

    private static async Task ConfigureAsync(WebhookEngine engine, string url, long? delayMs)
    {
        var config = engine.Get<ITenantConfig>();
        var ct = TestContext.Current.CancellationToken;
        await config.SetAsync(engine.TenantId, "HMACOutboundSignatureKey", Key, ct);
        await config.SetAsync(engine.TenantId, $"walletMovementWebhookUrl.{WalletTypes.CustomerMain}", url, ct);
        await config.SetAsync(engine.TenantId, $"walletMovementWebhookDelayMs.{WalletTypes.CustomerMain}", delayMs?.ToString(CultureInfo.InvariantCulture), ct);
    }

    private static async Task TransferAsync(WebhookEngine engine, long from, long to, decimal amount, string key)
    {
        using var client = engine.Anonymous();
        await client.LoginAsync(engine.Seed.Tenants[0].Identity, engine.Seed.Tenants[0].Password);
        var response = await client.PostAsync($"tenants/{engine.TenantId}/wallets/transfers",
            new { fromWalletId = from, toWalletId = to, amount, description = "Movement", externalUniqueId = key });
        response.Code.Should().Be(204, response.Text);
    }

    private static async Task<CallbackView> SingleMovementAsync(WebhookEngine engine)
    {
        var list = await engine.Get<CallbackInspection>().ListAsync(
            new CallbackFilter(null, null, null, WalletMovementNotifier.Kind, 10, 0), CancellationToken.None);
        return list.Should().ContainSingle().Subject;
    }
}
