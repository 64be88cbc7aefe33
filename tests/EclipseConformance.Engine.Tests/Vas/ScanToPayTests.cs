using System.Text.Json.Nodes;
using EclipseConformance.Engine.Tests.Vas.Support;
using EclipseConformance.Simulators;
using EclipseConformance.Simulators.ScanToPay;

namespace EclipseConformance.Engine.Tests.Vas;

/// <summary>
/// Scan to Pay (partner 5) on its WireMock simulator for the ZAR tenant: the network-grouped catalog, the document's
/// 5_VD50 purchase (POST → BUILDING, PUT → SUCCESSFUL), the network check, declines, lost answers and the ledger.
/// </summary>
public class ScanToPayTests(VasEngineFixture engine) : IClassFixture<VasEngineFixture>
{
    private const string Vodacom = "27821234567";
    private const string Mtn = "27831234567";
    private const string CellC = "27841234567";
    private readonly SouthAfricaVas _za = new(engine);

    private ScanToPaySimulator Simulator => _za.Simulator<ScanToPaySimulator>();

    [Fact]
    public async Task The_catalog_lists_partner_5_once_per_network_and_a_Vodacom_number_filters_it_to_the_documents_example()
    {
        using var client = await _za.LoginAsync();

        var all = (await _za.CatalogAsync(client, "5")).OkArray();
        all.Select(p => p!["partnerName"]!.GetValue<string>()).Should().Equal("Vodacom", "MTN");
        all.Should().OnlyContain(p => p!["partnerId"]!.GetValue<long>() == 5 && p["providerId"]!.GetValue<long>() == 1);

        var filtered = await _za.CatalogAsync(client, "5_" + Vodacom);
        filtered.Code.Should().Be(200, filtered.Text);
        JsonNode.DeepEquals(filtered.Json, JsonNode.Parse(SouthAfricaExamples.ScanToPayFilteredCatalog)).Should().BeTrue(filtered.Text);

        var mtn = (await _za.CatalogAsync(client, "5_" + Mtn)).OkArray();
        mtn.Should().ContainSingle().Which!["partnerName"]!.GetValue<string>().Should().Be("MTN");
        mtn[0]!["products"]!.AsArray().Select(p => p!["productId"]!.GetValue<string>()).Should().Contain("M512").And.NotContain("VD50");

        var cellC = await _za.CatalogAsync(client, "5_" + CellC);
        cellC.Code.Should().Be(400);
        cellC.ErrorCode.Should().Be("IAE001");
        cellC.Error["description"]!.GetValue<string>().Should().Contain("network id 0 (Cell C)");
    }

    [Fact]
    public async Task The_documents_purchase_builds_then_the_PUT_recharges_and_settles_amount_and_fee()
    {
        using var client = await _za.LoginAsync();
        var customer = _za.Customer(0);
        var before = await _za.BalancesAsync(customer.WalletId);

        var paymentId = await _za.BuildAsync(client, customer, "5_VD50", ("msisdn", Vodacom));
        (await _za.BalancesAsync(customer.WalletId)).Should().Be(before, "BUILDING moves no money");

        var put = await _za.PutAsync(client, paymentId, 155m, customer.WalletId);
        put.Code.Should().Be(200, put.Text);
        put.Json!.AsObject().Select(p => p.Key).Should().Contain(SouthAfricaExamples.PaymentFields);
        put.Json!["status"]!.GetValue<string>().Should().Be("SUCCESSFUL");
        put.Json!["amount"]!.GetValue<decimal>().Should().Be(155m);
        put.Json!["fee"]!.GetValue<decimal>().Should().Be(1m);
        put.Json!["paymentData"]!.GetValue<string>().Should().Be("5_VD50");
        put.Json!["description"]!.GetValue<string>().Should().Be("VAS purchase  PartnerId-5 : DATA2.5GB");
        var recharge = Simulator.Recharges.Find($"Payment-{paymentId}")!;
        recharge.Should().Match<ScanToPayRecharge>(r => r.Succeeded && r.ProductCode == "VD50" && r.Msisdn == Vodacom && r.Amount == 155m);
        var extra = SouthAfricaVas.ExtraInfo(put);
        extra["result"]!.GetValue<string>().Should().Be("SUCCESS");
        extra["transactionId"]!.GetValue<string>().Should().Be(recharge.TransactionId);
        (await _za.BalancesAsync(customer.WalletId)).Should().Be(new Balances(before.Customer - 156m, before.Settlement + 155m, before.Fees + 1m));

        var again = await _za.PutAsync(client, paymentId, 155m, customer.WalletId);
        again.Code.Should().Be(409);
        again.ErrorCode.Should().Be("IAE002");
        (await _za.Calls.GetAsync(client, paymentId)).Json!["status"]!.GetValue<string>().Should().Be("SUCCESSFUL");
        (await _za.LedgerInvariantsHoldAsync()).Should().BeTrue();
    }

    [Theory]
    [InlineData(Mtn, 4)]
    [InlineData(CellC, 0)]
    public async Task A_voucher_for_another_network_than_the_numbers_is_refused_with_IAE001(string msisdn, int userNetwork)
    {
        using var client = await _za.LoginAsync();
        var customer = _za.Customer(1);

        var post = await _za.PostAsync(client, customer, "5_VD50", ("msisdn", msisdn));

        post.Code.Should().Be(400, post.Text);
        post.IsEnvelope().Should().BeTrue();
        post.Error["type"]!.GetValue<string>().Should().Be("BUSINESS");
        post.Error["severity"]!.GetValue<string>().Should().Be("INFO");
        post.ErrorCode.Should().Be("IAE001");
        post.Error["description"]!.GetValue<string>().Should()
            .Be($"Invalid voucher for the users network. User is on network id {userNetwork} but voucher is for network id 5");
    }

    [Fact]
    public async Task A_recharge_Scan_to_Pay_declines_fails_the_payment_and_releases_the_reserved_funds()
    {
        using var client = await _za.LoginAsync();
        var customer = _za.Customer(2);
        var before = await _za.BalancesAsync(customer.WalletId);
        var paymentId = await _za.BuildAsync(client, customer, "5_VD11", ("msisdn", "27821230000"));

        var put = await _za.PutAsync(client, paymentId, 12m, customer.WalletId);

        put.Code.Should().Be(200, put.Text);
        put.Json!["status"]!.GetValue<string>().Should().Be("FAILED");
        put.Json!["errorDescription"]!.GetValue<string>().Should()
            .Be("Scan to Pay declined the recharge (code 14): Invalid subscriber number.; the reserved funds were released");
        (await _za.BalancesAsync(customer.WalletId)).Should().Be(before);
        var finished = await _za.PutAsync(client, paymentId, 12m, customer.WalletId);
        finished.Code.Should().Be(409);
        finished.IsEnvelope().Should().BeTrue();
    }

    [Fact]
    public async Task A_recharge_whose_answer_is_lost_is_confirmed_by_the_status_query_and_settled()
    {
        using var client = await _za.LoginAsync();
        var customer = _za.Customer(3);
        var before = await _za.BalancesAsync(customer.WalletId);
        var paymentId = await _za.BuildAsync(client, customer, "5_VS02", ("msisdn", "27821234501"));
        Simulator.AddFault(new FaultSpec
        {
            Match = new FaultMatch { Operation = "Recharge", BodyContains = "27821234501" },
            Outcome = FaultOutcome.SucceedThenTimeout(),
            Count = 1,
        });

        var put = await _za.PutPastTimeoutAsync(client, Simulator, "Recharge", paymentId, 20m, customer.WalletId);

        put.Json!["status"]!.GetValue<string>().Should().Be("SUCCESSFUL", put.Text);
        Simulator.Journal.Entries().Should().Contain(e => e.Operation == "Status" && e.Path.EndsWith($"Payment-{paymentId}", StringComparison.Ordinal));
        (await _za.BalancesAsync(customer.WalletId)).Should().Be(new Balances(before.Customer - 21m, before.Settlement + 20m, before.Fees + 1m));
    }

    [Fact]
    public async Task A_recharge_that_never_reached_Scan_to_Pay_fails_after_the_timeout_and_changes_no_balance()
    {
        using var client = await _za.LoginAsync();
        var customer = _za.Customer(4);
        var before = await _za.BalancesAsync(customer.WalletId);
        var paymentId = await _za.BuildAsync(client, customer, "5_VS03", ("msisdn", "27821234502"));
        Simulator.AddFault(new FaultSpec
        {
            Match = new FaultMatch { Operation = "Recharge", BodyContains = "27821234502" },
            Outcome = FaultOutcome.Timeout(),
            Count = 1,
        });

        var put = await _za.PutPastTimeoutAsync(client, Simulator, "Recharge", paymentId, 30m, customer.WalletId);

        put.Json!["status"]!.GetValue<string>().Should().Be("FAILED", put.Text);
        put.Json!["errorDescription"]!.GetValue<string>().Should().StartWith("Scan to Pay has no record of the recharge");
        Simulator.Recharges.Find($"Payment-{paymentId}").Should().BeNull();
        (await _za.BalancesAsync(customer.WalletId)).Should().Be(before);
    }

    [Fact]
    public async Task A_PUT_with_missing_fields_is_400_and_one_on_an_unknown_payment_is_a_404_envelope()
    {
        using var client = await _za.LoginAsync();
        var customer = _za.Customer(0);
        var paymentId = await _za.BuildAsync(client, customer, "5_VD12", ("msisdn", Vodacom));

        var missing = await client.PutAsync($"tenants/{SouthAfricaVas.TenantId}/payments/{paymentId}", new { });
        missing.Code.Should().Be(400);
        missing.ErrorCode.Should().Be("VAL001");
        missing.Error["description"]!.GetValue<string>().Should().Be("walletId is required; amount is required; landingUrl is required");
        (await _za.Calls.GetAsync(client, paymentId)).Json!["status"]!.GetValue<string>().Should().Be("BUILDING", "a refused PUT changes nothing");

        var unknown = await _za.PutAsync(client, 987_654_321, 10m, customer.WalletId);
        unknown.Code.Should().Be(404);
        unknown.IsEnvelope().Should().BeTrue();
    }

    [Fact]
    public async Task When_Scan_to_Pay_is_down_the_catalog_answers_DAE001()
    {
        using var client = await _za.LoginAsync();
        var fault = Simulator.AddFault(new FaultSpec { Match = FaultMatch.ForOperation("Products"), Outcome = FaultOutcome.HttpError(503) });
        try
        {
            var catalog = await _za.CatalogAsync(client, "5");
            catalog.Code.Should().Be(502);
            catalog.ErrorCode.Should().Be("DAE001");
        }
        finally
        {
            Simulator.Faults.Remove(fault.Id);
        }
    }
}
