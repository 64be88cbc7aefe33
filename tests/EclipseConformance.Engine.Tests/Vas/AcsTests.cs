using System.Text.Json.Nodes;
using EclipseConformance.Engine.Tests.Vas.Support;
using EclipseConformance.Simulators;
using EclipseConformance.Simulators.Acs;

namespace EclipseConformance.Engine.Tests.Vas;

/// <summary>
/// ACS (partner 4) on its WireMock simulator for the ZAR tenant: the document's MTN list, the 4_M512 purchase, prepaid
/// electricity with its UnPin and USSD string, the network check, declines, lost answers and the ledger.
/// </summary>
public class AcsTests(VasEngineFixture engine) : IClassFixture<VasEngineFixture>
{
    private const string Mtn = "27831234567";
    private const string Vodacom = "27821234567";
    private const string Meter = "04123456789";
    private readonly SouthAfricaVas _za = new(engine);

    private AcsSimulator Simulator => _za.Simulator<AcsSimulator>();

    [Fact]
    public async Task The_catalog_groups_partner_4_by_network_and_an_MTN_number_gets_the_documents_list()
    {
        using var client = await _za.LoginAsync();

        var all = (await _za.CatalogAsync(client, "4")).OkArray();
        all.Select(p => p!["partnerName"]!.GetValue<string>()).Should().Equal("MTN", "Vodacom", "Electricity");

        var mtn = await _za.CatalogAsync(client, "4_" + Mtn);
        mtn.Code.Should().Be(200, mtn.Text);
        JsonNode.DeepEquals(mtn.Json, JsonNode.Parse(SouthAfricaExamples.AcsMtnCatalog)).Should().BeTrue(mtn.Text);
    }

    [Fact]
    public async Task The_documents_purchase_builds_then_the_PUT_issues_the_voucher_and_settles_amount_and_fee()
    {
        using var client = await _za.LoginAsync();
        var customer = _za.Customer(0);
        var before = await _za.BalancesAsync(customer.WalletId);

        var paymentId = await _za.BuildAsync(client, customer, "4_M512", ("msisdn", Mtn));
        (await _za.BalancesAsync(customer.WalletId)).Should().Be(before, "BUILDING moves no money");
        var put = await _za.PutAsync(client, paymentId, 49m, customer.WalletId);

        put.Code.Should().Be(200, put.Text);
        put.Json!.AsObject().Select(p => p.Key).Should().Contain(SouthAfricaExamples.PaymentFields);
        put.Json!["status"]!.GetValue<string>().Should().Be("SUCCESSFUL");
        put.Json!["fee"]!.GetValue<decimal>().Should().Be(1m);
        var voucher = Simulator.Vouchers.Find($"Payment-{paymentId}")!;
        voucher.Should().Match<AcsVoucher>(v => v.Issued && v.ProductCode == "M512" && v.Msisdn == Mtn && v.Amount == 49m);
        var extra = SouthAfricaVas.ExtraInfo(put);
        extra["result"]!.GetValue<string>().Should().Be("SUCCESS");
        extra["acsReference"]!.GetValue<string>().Should().Be(voucher.AcsReference);
        extra.ContainsKey("unPin").Should().BeFalse("only electricity has an UnPin");
        (await _za.BalancesAsync(customer.WalletId)).Should().Be(new Balances(before.Customer - 50m, before.Settlement + 49m, before.Fees + 1m));
        (await _za.PutAsync(client, paymentId, 49m, customer.WalletId)).Code.Should().Be(409);
    }

    [Fact]
    public async Task An_electricity_purchase_answers_the_UnPin_and_the_USSD_string_to_dial()
    {
        using var client = await _za.LoginAsync();
        var customer = _za.Customer(1);
        var before = await _za.BalancesAsync(customer.WalletId);
        var paymentId = await _za.BuildAsync(client, customer, "4_E001", ("meterNumber", Meter));

        var put = await _za.PutAsync(client, paymentId, 100m, customer.WalletId);

        put.Json!["status"]!.GetValue<string>().Should().Be("SUCCESSFUL", put.Text);
        put.Json!["fee"]!.GetValue<decimal>().Should().Be(2m, "electricity has its own fee key");
        var voucher = Simulator.Vouchers.Find($"Payment-{paymentId}")!;
        var extra = SouthAfricaVas.ExtraInfo(put);
        extra["unPin"]!.GetValue<string>().Should().Be(voucher.UnPin).And.MatchRegex("^[0-9]{4}(-[0-9]{4}){3}$");
        extra["ussdString"]!.GetValue<string>().Should().Be(AcsFixtures.UssdString(Meter));
        (await _za.BalancesAsync(customer.WalletId)).Should().Be(new Balances(before.Customer - 102m, before.Settlement + 100m, before.Fees + 2m));
    }

    [Fact]
    public async Task An_electricity_purchase_without_a_meter_number_is_refused_at_the_POST()
    {
        using var client = await _za.LoginAsync();
        var post = await _za.PostAsync(client, _za.Customer(1), "4_E001");
        post.Code.Should().Be(400, post.Text);
        post.ErrorCode.Should().Be("VAL001");
        post.Error["description"]!.GetValue<string>().Should().Contain("meterNumber");
    }

    [Fact]
    public async Task A_Vodacom_voucher_for_an_MTN_number_is_refused_with_IAE001()
    {
        using var client = await _za.LoginAsync();
        var post = await _za.PostAsync(client, _za.Customer(2), "4_VD50", ("msisdn", Mtn));
        post.Code.Should().Be(400, post.Text);
        post.ErrorCode.Should().Be("IAE001");
        post.Error["description"]!.GetValue<string>().Should().Be("Invalid voucher for the users network. User is on network id 4 but voucher is for network id 5");
        (await _za.PostAsync(client, _za.Customer(2), "4_VD50", ("msisdn", Vodacom))).Json!["status"]!.GetValue<string>().Should().Be("BUILDING");
    }

    [Fact]
    public async Task A_blocked_meter_is_declined_by_ACS_and_the_reserved_funds_are_released()
    {
        using var client = await _za.LoginAsync();
        var customer = _za.Customer(2);
        var before = await _za.BalancesAsync(customer.WalletId);
        var paymentId = await _za.BuildAsync(client, customer, "4_E001", ("meterNumber", AcsFixtures.BlockedMeter));

        var put = await _za.PutAsync(client, paymentId, 50m, customer.WalletId);

        put.Json!["status"]!.GetValue<string>().Should().Be("FAILED", put.Text);
        put.Json!["errorDescription"]!.GetValue<string>().Should()
            .Be("ACS declined the voucher (E21): Meter blocked: contact the municipality.; the reserved funds were released");
        (await _za.BalancesAsync(customer.WalletId)).Should().Be(before);
    }

    [Fact]
    public async Task A_purchase_whose_answer_is_lost_is_confirmed_by_the_status_query_and_settled()
    {
        using var client = await _za.LoginAsync();
        var customer = _za.Customer(3);
        var before = await _za.BalancesAsync(customer.WalletId);
        var paymentId = await _za.BuildAsync(client, customer, "4_M502", ("msisdn", "27831234501"));
        Simulator.AddFault(new FaultSpec
        {
            Match = new FaultMatch { Operation = "Purchase", BodyContains = "27831234501" },
            Outcome = FaultOutcome.SucceedThenTimeout(),
            Count = 1,
        });

        var put = await _za.PutPastTimeoutAsync(client, Simulator, "Purchase", paymentId, 30m, customer.WalletId);

        put.Json!["status"]!.GetValue<string>().Should().Be("SUCCESSFUL", put.Text);
        Simulator.Journal.Entries().Should().Contain(e => e.Operation == "Status");
        (await _za.BalancesAsync(customer.WalletId)).Should().Be(new Balances(before.Customer - 31m, before.Settlement + 30m, before.Fees + 1m));
    }

    [Fact]
    public async Task A_purchase_that_never_reached_ACS_fails_after_the_timeout_and_changes_no_balance()
    {
        using var client = await _za.LoginAsync();
        var customer = _za.Customer(4);
        var before = await _za.BalancesAsync(customer.WalletId);
        var paymentId = await _za.BuildAsync(client, customer, "4_M504", ("msisdn", "27831234502"));
        Simulator.AddFault(new FaultSpec
        {
            Match = new FaultMatch { Operation = "Purchase", BodyContains = "27831234502" },
            Outcome = FaultOutcome.Timeout(),
            Count = 1,
        });

        var put = await _za.PutPastTimeoutAsync(client, Simulator, "Purchase", paymentId, 30m, customer.WalletId);

        put.Json!["status"]!.GetValue<string>().Should().Be("FAILED", put.Text);
        (await _za.BalancesAsync(customer.WalletId)).Should().Be(before);
    }

    [Fact]
    public async Task A_PUT_without_landingUrl_is_400_and_changes_nothing()
    {
        using var client = await _za.LoginAsync();
        var customer = _za.Customer(0);
        var paymentId = await _za.BuildAsync(client, customer, "4_M511", ("msisdn", Mtn));

        var put = await client.PutAsync($"tenants/{SouthAfricaVas.TenantId}/payments/{paymentId}", new { amount = 10m, walletId = customer.WalletId });

        put.Code.Should().Be(400);
        put.Error["description"]!.GetValue<string>().Should().Be("landingUrl is required");
        (await _za.Calls.GetAsync(client, paymentId)).Json!["status"]!.GetValue<string>().Should().Be("BUILDING");
    }
}
