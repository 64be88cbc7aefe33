using System.Text.Json.Nodes;
using EclipseConformance.Engine.Tests.Vas.Support;
using EclipseConformance.Engine.Tests.Webhooks.Support;
using EclipseConformance.TestKit;

namespace EclipseConformance.Engine.Tests.Vas;

/// <summary>
/// The two-step flow with a minimal provider on a real upstream: POST → BUILDING (no money), PUT → funds held and the
/// provider completes → SUCCESSFUL (hold captured into one settlement posting) or a failure (hold released); one PUT only.
/// </summary>
public class TwoStepFlowTests(FlowsFixture engine) : IClassFixture<FlowsFixture>
{
    private readonly VasCalls _vas = new(engine);

    [Fact]
    public async Task POST_builds_the_payment_and_a_complete_PUT_captures_amount_and_fee_into_the_settlement()
    {
        using var client = await _vas.LoginAsync();
        using var admin = await engine.LoginAdminAsync();
        var probe = new LedgerProbe(admin);
        var customer = _vas.Customer(0);
        var before = await BalancesAsync(probe, customer.WalletId);
        var paymentId = await BuildAsync(client, customer, "ok-1");
        (await BalancesAsync(probe, customer.WalletId)).Should().Be(before, "BUILDING moves no money");

        var missing = await client.PutAsync($"tenants/{_vas.TenantId}/payments/{paymentId}", new { amount = 155m });
        missing.Code.Should().Be(400);
        missing.ErrorCode.Should().Be("VAL001");
        missing.Error["description"]!.GetValue<string>().Should().Be("walletId is required; landingUrl is required");

        var put = await client.PutAsync($"tenants/{_vas.TenantId}/payments/{paymentId}",
            new { amount = 155m, walletId = customer.WalletId, landingUrl = "https://www.google.com/" });
        put.Code.Should().Be(200, put.Text);
        put.Json!["status"]!.GetValue<string>().Should().Be("SUCCESSFUL");
        put.Json!["amount"]!.GetValue<decimal>().Should().Be(155m);
        put.Json!["fee"]!.GetValue<decimal>().Should().Be(1.50m);
        JsonNode.Parse(put.Json!["extraInfo"]!.GetValue<string>())!["receipt"]!.GetValue<string>().Should().Be($"R-Payment-{paymentId}");
        (await BalancesAsync(probe, customer.WalletId)).Should().Be(new Balances(before.Customer - 156.50m, before.Settlement + 155m, before.Fees + 1.50m));
        var wallet = await probe.SnapshotAsync(_vas.TenantId, customer.WalletId);
        wallet.Available.Should().Be(wallet.Current, "the hold was captured, nothing stays reserved");
        (await probe.TransactionsAsync(_vas.TenantId, customer.WalletId, $"Payment-{paymentId}")).Should().ContainSingle()
            .Which!["amount"]!.GetValue<decimal>().Should().Be(-156.50m);

        var again = await client.PutAsync($"tenants/{_vas.TenantId}/payments/{paymentId}", new { amount = 1m, walletId = customer.WalletId, landingUrl = "https://www.google.com/" });
        again.Code.Should().Be(409);
        again.ErrorCode.Should().Be("IAE002");
        (await probe.InvariantsAsync(engine.SimulatorAdmin()))["ok"]!.GetValue<bool>().Should().BeTrue();
    }

    [Fact]
    public async Task A_declined_completion_fails_the_payment_and_releases_the_hold()
    {
        using var client = await _vas.LoginAsync();
        using var admin = await engine.LoginAdminAsync();
        var probe = new LedgerProbe(admin);
        var customer = _vas.Customer(1);
        var before = await probe.SnapshotAsync(_vas.TenantId, customer.WalletId);
        var paymentId = await BuildAsync(client, customer, "decline-1");

        var put = await client.PutAsync($"tenants/{_vas.TenantId}/payments/{paymentId}", new { amount = 10m, walletId = customer.WalletId, landingUrl = "https://www.google.com/" });

        put.Code.Should().Be(200, put.Text);
        put.Json!["status"]!.GetValue<string>().Should().Be("FAILED");
        put.Json!["errorDescription"]!.GetValue<string>().Should().Be("Account blocked; the reserved funds were released");
        (await probe.SnapshotAsync(_vas.TenantId, customer.WalletId)).Should().Be(before);
    }

    [Fact]
    public async Task A_completion_whose_answer_is_lost_is_confirmed_by_the_providers_check()
    {
        using var receiver = CallbackReceiver.Start(engine.Clock);
        using var client = await _vas.LoginAsync();
        var customer = _vas.Customer(2);
        var paymentId = await BuildAsync(client, customer, "slow-1", receiver.Url);
        var completes = engine.Upstream.Count("/complete");

        var put = client.PutAsync($"tenants/{_vas.TenantId}/payments/{paymentId}", new { amount = 10m, walletId = customer.WalletId, landingUrl = "https://www.google.com/" });
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        patience.CancelAfter(TimeSpan.FromSeconds(15));
        while (engine.Upstream.Count("/complete") == completes)
        {
            await Task.Delay(10, patience.Token);
        }

        engine.Clock.Advance(TimeSpan.FromSeconds(11));
        var answer = await put;

        answer.Json!["status"]!.GetValue<string>().Should().Be("SUCCESSFUL", answer.Text);
        engine.Upstream.Count("/status/").Should().BeGreaterThanOrEqualTo(1);
        await receiver.WaitForAsync(1);
        JsonNode.Parse(receiver.Received.Single().BodyText)!["status"]!.GetValue<string>().Should().Be("SUCCESSFUL");
    }

    [Fact]
    public async Task PUT_answers_404_for_an_unknown_payment_and_409_for_a_payment_that_takes_no_update()
    {
        using var client = await _vas.LoginAsync();
        var customer = _vas.Customer(0);
        (await client.PutAsync($"tenants/{_vas.TenantId}/payments/1", new { amount = 1m, walletId = customer.WalletId })).Code.Should().Be(404);
        var frontier = await _vas.PostRawAsync(client, customer, DocumentRequests.For(DocumentRequests.Airtime, customer.WalletId).Body);
        var put = await client.PutAsync($"tenants/{_vas.TenantId}/payments/{frontier.Json!["paymentId"]}", new { amount = 1m, walletId = customer.WalletId, landingUrl = "https://www.google.com/" });
        put.Code.Should().Be(409);
        put.Error["description"]!.GetValue<string>().Should().EndWith("only a BUILDING payment takes an update");
    }

    private async Task<long> BuildAsync(EclipseClient client, EclipseConformance.Engine.DemoWorld.SeedDocument.Customer customer, string account, string? callbackUrl = null)
    {
        var post = await client.PostAsync(_vas.PaymentsPath(customer), new
        {
            externalUniqueId = Guid.NewGuid().ToString(),
            paymentData = "901_A1",
            type = "GLOBAL_VAS",
            additionalFields = new[] { new { id = "account", value = account } },
            currency = "BWP",
            walletId = customer.WalletId,
            landingUrl = "https://www.google.com/",
            callbackUrl,
        });
        post.Code.Should().Be(200, post.Text);
        post.Json!["status"]!.GetValue<string>().Should().Be("BUILDING");
        post.Json!["amount"]!.GetValue<decimal>().Should().Be(0m);
        return post.Json!["paymentId"]!.GetValue<long>();
    }

    private Task<Balances> BalancesAsync(LedgerProbe probe, long wallet) =>
        Balances.ReadAsync(probe, _vas.TenantId, wallet, _vas.Tenant.VasSettlementWalletId, _vas.Tenant.FeeWalletId);
}
