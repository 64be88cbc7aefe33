using System.Globalization;
using EclipseConformance.Engine.Tests.Vas.Support;
using EclipseConformance.Simulators;
using EclipseConformance.Simulators.EasyPay;
using EclipseConformance.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace EclipseConformance.Engine.Tests.Vas;

/// <summary>
/// EasyPay (partner 15) against the real EasyPay simulator for the ZAR tenant: the document's POST and PUT sell airtime
/// with the funds held and captured; fixed-price products keep their price; declines, a network outage and a lost sale.
/// </summary>
public class EasyPayTests(VasEngineFixture engine) : IClassFixture<VasEngineFixture>
{
    private readonly ProviderCalls _vas = new(engine, "ZAR");

    private EasyPaySimulator EasyPay => engine.Services.GetRequiredService<SimulatorSet>().Get<EasyPaySimulator>();

    [Fact]
    public async Task The_catalog_for_partner_15_lists_EasyPay_products_with_fixed_prices_where_they_have_one()
    {
        using var client = await _vas.LoginAsync();

        var catalog = await _vas.CatalogAsync(client, "15");

        catalog.Code.Should().Be(200, catalog.Text);
        var partner = catalog.Json!.AsArray().Should().ContainSingle().Subject!;
        partner["partnerName"]!.GetValue<string>().Should().Be("EasyPay");
        var products = partner["products"]!.AsArray();
        products.Select(p => p!["productId"]!.GetValue<string>()).Should().Equal(EasyPayFixtures.Products.Select(p => p.ProductCode.ToString(CultureInfo.InvariantCulture)));
        var byId = products.ToDictionary(p => p!["productId"]!.GetValue<string>());
        byId["1764"]!["productName"]!.GetValue<string>().Should().Be("Vodacom Airtime");
        byId["1764"]!["fixedPriceIncl"]!.GetValue<decimal>().Should().Be(0m);
        byId["1790"]!["fixedPriceIncl"]!.GetValue<decimal>().Should().Be(29.00m);
        byId["1790"]!["pinnedProduct"]!.GetValue<bool>().Should().BeTrue();
        byId["1764"]!["additionalFields"]![0]!["id"]!.GetValue<string>().Should().Be("msisdn");
    }

    [Fact]
    public async Task The_documents_POST_and_PUT_sell_airtime_and_settle_amount_and_fee()
    {
        using var client = await _vas.LoginAsync();
        using var admin = await engine.LoginAdminAsync();
        var probe = new LedgerProbe(admin);
        var customer = _vas.Customer(0);
        await _vas.FundAsync(customer.WalletId, 1000m);
        var before = await _vas.BalancesAsync(probe, customer.WalletId);
        var key = "29agd6z3" + ProviderCalls.NewKey();
        var wallet = customer.WalletId.ToString(CultureInfo.InvariantCulture);

        var post = await _vas.PostAsync(client, customer, TwoStepDocumentRequests.EasyPayPost,
            ("xxxxxxxxxxxxx", "0821234567"), ("29agd6z317d519e87211", key), ("XXX", wallet), ("http://www.blankwebsite.com", ProviderCalls.Discard));
        post.Code.Should().Be(200, post.Text);
        post.Json!["status"]!.GetValue<string>().Should().Be("BUILDING");
        post.Json["currency"]!.GetValue<string>().Should().Be("ZAR");
        var paymentId = post.Json["paymentId"]!.GetValue<long>();

        var put = await client.SendRawAsync(HttpMethod.Put, $"tenants/{_vas.TenantId}/payments/{paymentId}",
            TwoStepDocumentRequests.EasyPayPut.Replace("XXX", wallet, StringComparison.Ordinal).Replace("29agd6z317d519e87211", key, StringComparison.Ordinal));

        put.Code.Should().Be(200, put.Text);
        put.Json!["status"]!.GetValue<string>().Should().Be("SUCCESSFUL");
        put.Json["amount"]!.GetValue<decimal>().Should().Be(150m);
        put.Json["fee"]!.GetValue<decimal>().Should().Be(1.00m);
        var sale = ProviderCalls.ExtraInfo(put.Json);
        sale["ResponseCode"]!.GetValue<int>().Should().Be(0);
        sale["Msisdn"]!.GetValue<string>().Should().Be("27821234567");
        sale["ClientReference"]!.GetValue<string>().Should().Be($"Payment-{paymentId}");
        EasyPay.Transactions.Find($"Payment-{paymentId}")!.Approved.Should().BeTrue();
        (await _vas.BalancesAsync(probe, customer.WalletId)).Should().Be(new Balances(before.Customer - 151m, before.Settlement + 150m, before.Fees + 1m));
        (await _vas.PutAsync(client, paymentId, new { amount = 150m, walletId = customer.WalletId })).Code.Should().Be(409, "only one PUT completes a payment");
    }

    [Fact]
    public async Task A_fixed_price_voucher_keeps_its_price_and_carries_the_PIN_in_extraInfo()
    {
        using var client = await _vas.LoginAsync();
        var customer = _vas.Customer(1);
        await _vas.FundAsync(customer.WalletId, 100m);
        var post = await BuildAsync(client, customer, "15_1790", "0821234567");
        post["amount"]!.GetValue<decimal>().Should().Be(29.00m, "the price is determined by the selected productId");

        var put = await _vas.PutAsync(client, post["paymentId"]!.GetValue<long>(), new { walletId = customer.WalletId });

        put.Json!["status"]!.GetValue<string>().Should().Be("SUCCESSFUL", put.Text);
        put.Json["amount"]!.GetValue<decimal>().Should().Be(29.00m);
        ProviderCalls.ExtraInfo(put.Json)["Voucher"]!["Pin"]!.GetValue<string>().Should().MatchRegex("^[0-9]{16}$");
    }

    [Fact]
    public async Task A_barred_subscriber_is_declined_and_the_hold_released()
    {
        using var client = await _vas.LoginAsync();
        using var admin = await engine.LoginAdminAsync();
        var probe = new LedgerProbe(admin);
        var customer = _vas.Customer(1);
        await _vas.FundAsync(customer.WalletId, 100m);
        var before = await probe.SnapshotAsync(_vas.TenantId, customer.WalletId);
        var post = await BuildAsync(client, customer, "15_1764", "27820000005");

        var put = await _vas.PutAsync(client, post["paymentId"]!.GetValue<long>(), new { amount = 50m, walletId = customer.WalletId });

        put.Json!["status"]!.GetValue<string>().Should().Be("FAILED", put.Text);
        put.Json["errorDescription"]!.GetValue<string>().Should().Be("EasyPay declined the sale (5): Subscriber barred; the reserved funds were released");
        var after = await probe.SnapshotAsync(_vas.TenantId, customer.WalletId);
        (after.Current, after.Available).Should().Be((before.Current, before.Available));
    }

    [Fact]
    public async Task A_sale_that_times_out_before_reaching_EasyPay_fails_after_the_transaction_query()
    {
        using var client = await _vas.LoginAsync();
        using var admin = await engine.LoginAdminAsync();
        var probe = new LedgerProbe(admin);
        var customer = _vas.Customer(2);
        await _vas.FundAsync(customer.WalletId, 100m);
        var before = await probe.SnapshotAsync(_vas.TenantId, customer.WalletId);
        var paymentId = (await BuildAsync(client, customer, "15_1765", "0831234567"))["paymentId"]!.GetValue<long>();
        EasyPay.AddFault(new FaultSpec { Match = new FaultMatch { Operation = "Sell", Field = "ClientReference", FieldEquals = $"Payment-{paymentId}" }, Outcome = FaultOutcome.Timeout(), Count = 1 });
        var sells = ProviderCalls.Count(EasyPay, "Sell");

        var put = _vas.PutAsync(client, paymentId, new { amount = 12m, walletId = customer.WalletId });
        await ProviderCalls.WaitForArrivalAsync(EasyPay, "Sell", sells);
        engine.Clock.Advance(TimeSpan.FromSeconds(31));
        var answer = await put;

        answer.Json!["status"]!.GetValue<string>().Should().Be("FAILED", answer.Text);
        answer.Json["errorDescription"]!.GetValue<string>().Should().Contain("no record of the sale");
        ProviderCalls.Count(EasyPay, "Status").Should().BeGreaterThanOrEqualTo(1);
        var after = await probe.SnapshotAsync(_vas.TenantId, customer.WalletId);
        (after.Current, after.Available).Should().Be((before.Current, before.Available));
    }

    [Fact]
    public async Task A_PUT_without_an_amount_for_a_variable_product_is_refused_with_VAL001()
    {
        using var client = await _vas.LoginAsync();
        var customer = _vas.Customer(0);
        var post = await BuildAsync(client, customer, "15_1764", "0821234567");

        var put = await _vas.PutAsync(client, post["paymentId"]!.GetValue<long>(), new { walletId = customer.WalletId });

        put.Code.Should().Be(400);
        put.ErrorCode.Should().Be("VAL001");
        put.Error["description"]!.GetValue<string>().Should().Be("amount is required");
    }

    private async Task<System.Text.Json.Nodes.JsonObject> BuildAsync(EclipseClient client, EclipseConformance.Engine.DemoWorld.SeedDocument.Customer customer, string paymentData, string msisdn)
    {
        var post = await _vas.PostAsync(client, customer, TwoStepDocumentRequests.EasyPayPost,
            ("xxxxxxxxxxxxx", msisdn), ("29agd6z317d519e87211", ProviderCalls.NewKey()), ("XXX", customer.WalletId.ToString(CultureInfo.InvariantCulture)),
            ("15_1764", paymentData), ("http://www.blankwebsite.com", ProviderCalls.Discard));
        post.Code.Should().Be(200, post.Text);
        post.Json!["status"]!.GetValue<string>().Should().Be("BUILDING");
        return post.Json.AsObject();
    }
}
