using EclipseConformance.Engine.Tests.Vas.Support;
using EclipseConformance.TestKit;

namespace EclipseConformance.Engine.Tests.Vas;

/// <summary>
/// Where the money goes, from tenant config with Eclipse's keys and fallbacks: one balanced posting per purchase
/// (customer pays amount + fee, the VAS destination gets the amount, the fee wallet the fee), PNF001 when a required key
/// is missing, and the ledger invariants after every movement.
/// </summary>
public class SettlementConfigTests(VasEngineFixture engine) : IClassFixture<VasEngineFixture>
{
    private readonly VasCalls _vas = new(engine);

    [Fact]
    public async Task A_purchase_is_one_balanced_posting_amount_to_the_VAS_wallet_and_fee_to_the_fee_wallet()
    {
        using var client = await _vas.LoginAsync();
        using var admin = await engine.LoginAdminAsync();
        var probe = new LedgerProbe(admin);
        var customer = _vas.Customer(0);
        var before = await BalancesAsync(probe, customer.WalletId);

        var post = await _vas.PostRawAsync(client, customer, DocumentRequests.For(DocumentRequests.Utility, customer.WalletId).Body);
        post.Code.Should().Be(200, post.Text);
        var paymentId = post.Json!["paymentId"]!.GetValue<long>();

        (await BalancesAsync(probe, customer.WalletId)).Should().Be(new Balances(before.Customer - 184m, before.Settlement + 180m, before.Fees + 4m));
        var key = $"Payment-{paymentId}";
        var legs = new[]
        {
            (await probe.TransactionsAsync(_vas.TenantId, customer.WalletId, key)).Should().ContainSingle().Subject!,
            (await probe.TransactionsAsync(_vas.TenantId, _vas.Tenant.VasSettlementWalletId, key)).Should().ContainSingle().Subject!,
            (await probe.TransactionsAsync(_vas.TenantId, _vas.Tenant.FeeWalletId, key)).Should().ContainSingle().Subject!,
        };
        legs.Select(l => l["amount"]!.GetValue<decimal>()).Should().Equal(-184m, 180m, 4m);
        legs.Select(l => l["type"]!.GetValue<string>()).Should().AllBe("VAS");
        legs.Select(l => l["externalId"]!.GetValue<string>()).Should().AllBe(post.Json!["externalUniqueId"]!.GetValue<string>());
        legs.Select(l => l["date"]!.GetValue<string>()).Should().AllBe(post.Json!["created"]!.GetValue<string>(), "the posting commits with the payment row");
        (await probe.InvariantsAsync(engine.SimulatorAdmin()))["ok"]!.GetValue<bool>().Should().BeTrue();
        (await _vas.AwaitFinalAsync(client, paymentId))["status"]!.GetValue<string>().Should().Be("SUCCESSFUL");
        (await BalancesAsync(probe, customer.WalletId)).Customer.Should().Be(before.Customer - 184m, "completing the vend moves no more money");
    }

    [Fact]
    public async Task Category_keys_beat_partner_keys_for_the_destination_wallet_and_the_fee()
    {
        using var client = await _vas.LoginAsync();
        using var admin = await engine.LoginAdminAsync();
        var probe = new LedgerProbe(admin);
        var operating = _vas.Tenant.WalletIds[0];
        await SetConfigAsync(client,
            ("destination.wallet.config.VAS.20.ELECTRICITY", operating.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("fees.amount.config.Pay.GLOBAL_DEFERRED.WALLET.20.ELECTRICITY", "2.50"));
        try
        {
            var customer = _vas.Customer(1);
            var operatingBefore = (await probe.SnapshotAsync(_vas.TenantId, operating)).Current;
            var before = await BalancesAsync(probe, customer.WalletId);

            var utility = await _vas.PostRawAsync(client, customer, DocumentRequests.For(DocumentRequests.Utility, customer.WalletId).Body);
            utility.Json!["fee"]!.GetValue<decimal>().Should().Be(2.50m);
            (await probe.SnapshotAsync(_vas.TenantId, operating)).Current.Should().Be(operatingBefore + 180m);
            var airtime = await _vas.PostRawAsync(client, customer, DocumentRequests.For(DocumentRequests.Airtime, customer.WalletId).Body);
            airtime.Json!["fee"]!.GetValue<decimal>().Should().Be(5m);

            (await BalancesAsync(probe, customer.WalletId)).Should().Be(new Balances(
                before.Customer - 182.50m - 25m, before.Settlement + 20m, before.Fees + 2.50m + 5m), "AIRTIME has no destination key: the tenant's VAS wallet");
        }
        finally
        {
            await SetConfigAsync(client, ("destination.wallet.config.VAS.20.ELECTRICITY", null), ("fees.amount.config.Pay.GLOBAL_DEFERRED.WALLET.20.ELECTRICITY", null));
        }
    }

    [Fact]
    public async Task Without_the_settlement_fallback_a_missing_destination_or_fee_wallet_key_answers_PNF001()
    {
        using var client = await _vas.LoginAsync();
        using var admin = await engine.LoginAdminAsync();
        var probe = new LedgerProbe(admin);
        var customer = _vas.Customer(2);
        await SetConfigAsync(client, ("simulator.vas.settlementWalletFallback", "NONE"));
        try
        {
            var before = await probe.SnapshotAsync(_vas.TenantId, customer.WalletId);
            var noDestination = await _vas.PostRawAsync(client, customer, DocumentRequests.For(DocumentRequests.Dstv, customer.WalletId).Body);
            noDestination.Code.Should().Be(400);
            noDestination.IsEnvelope().Should().BeTrue();
            noDestination.ErrorCode.Should().Be("PNF001");
            noDestination.Error["description"]!.GetValue<string>().Should().Be(
                $"Required configuration property missing: destination.wallet.config.VAS.20.TV (or destination.wallet.config.VAS.20) is not set for tenant {_vas.TenantId}");

            await SetConfigAsync(client, ("destination.wallet.config.VAS.20", _vas.Tenant.VasSettlementWalletId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            var noFeeWallet = await _vas.PostRawAsync(client, customer, DocumentRequests.For(DocumentRequests.Dstv, customer.WalletId).Body);
            noFeeWallet.ErrorCode.Should().Be("PNF001");
            noFeeWallet.Error["description"]!.GetValue<string>().Should().Contain("fees.wallet.config.Pay.GLOBAL_DEFERRED.WALLET is not set");
            (await probe.SnapshotAsync(_vas.TenantId, customer.WalletId)).Should().Be(before);

            await SetConfigAsync(client, ("fees.amount.config.Pay.GLOBAL_DEFERRED.WALLET.20", "0"));
            var noFee = await _vas.PostRawAsync(client, customer, DocumentRequests.For(DocumentRequests.Dstv, customer.WalletId).Body);
            noFee.Code.Should().Be(200, "without a fee no fee wallet is needed: " + noFee.Text);
            noFee.Json!["fee"]!.GetValue<decimal>().Should().Be(0m);
            (await probe.SnapshotAsync(_vas.TenantId, customer.WalletId)).Current.Should().Be(before.Current - 33m);
        }
        finally
        {
            await SetConfigAsync(client, ("simulator.vas.settlementWalletFallback", null), ("destination.wallet.config.VAS.20", null), ("fees.amount.config.Pay.GLOBAL_DEFERRED.WALLET.20", null));
        }
    }

    [Fact]
    public async Task A_tenant_sees_and_buys_only_the_providers_its_mobilerecharge_providers_lists()
    {
        using var client = await _vas.LoginAsync();
        (await client.GetAsync($"tenants/{_vas.TenantId}/vas/catalogs")).Json!.AsArray().Select(p => p!["partnerId"]!.GetValue<long>()).Should().Equal(20);
        await SetConfigAsync(client, ("mobilerecharge.providers", "com.ukheshe.services.mobilerecharge.provider.MasterpassRechargeProvider"));
        try
        {
            (await client.GetAsync($"tenants/{_vas.TenantId}/vas/catalogs")).Json!.AsArray().Select(p => p!["partnerId"]!.GetValue<long>())
                .Should().NotBeEmpty().And.OnlyContain(id => id == 5, "only Scan to Pay (partner 5) is listed");
            (await client.GetAsync($"tenants/{_vas.TenantId}/vas/catalogs?catalogQuery=20")).Json!.AsArray().Should().BeEmpty();
            var customer = _vas.Customer(0);
            var refused = await _vas.PostRawAsync(client, customer, DocumentRequests.For(DocumentRequests.Airtime, customer.WalletId).Body);
            refused.Code.Should().Be(400);
            refused.ErrorCode.Should().Be("IAE001");
            refused.Error["description"]!.GetValue<string>().Should().Contain("partner 20 is not available");
        }
        finally
        {
            await SetConfigAsync(client, ("mobilerecharge.providers", null));
        }
    }

    [Fact]
    public async Task Without_any_mobilerecharge_providers_the_catalog_answers_PNF001()
    {
        using var admin = engine.SimulatorAdmin();
        (await admin.SendRawAsync(HttpMethod.Put, "/sim/v1/rules", """{"version": 1, "configItems": {"global": {"mobilerecharge.providers": null}}}""")).Code.Should().Be(200);
        try
        {
            using var client = await _vas.LoginAsync();
            var response = await client.GetAsync($"tenants/{_vas.TenantId}/vas/catalogs?catalogQuery=20");
            response.Code.Should().Be(400);
            response.ErrorCode.Should().Be("PNF001");
            response.Error["description"]!.GetValue<string>().Should().Contain("mobilerecharge.providers");
        }
        finally
        {
            (await admin.DeleteAsync("/sim/v1/rules")).Code.Should().Be(200);
        }
    }

    private Task<Balances> BalancesAsync(LedgerProbe probe, long wallet) =>
        Balances.ReadAsync(probe, _vas.TenantId, wallet, _vas.Tenant.VasSettlementWalletId, _vas.Tenant.FeeWalletId);

    private async Task SetConfigAsync(EclipseClient client, params (string Key, string? Value)[] items)
    {
        var response = await client.PutAsync($"tenants/{_vas.TenantId}/config-items", items.Select(i => new { key = i.Key, value = i.Value }).ToArray());
        response.Code.Should().Be(200, response.Text);
    }
}
