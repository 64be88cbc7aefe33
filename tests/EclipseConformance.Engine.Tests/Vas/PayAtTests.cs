using System.Globalization;
using System.Text.Json.Nodes;
using EclipseConformance.Engine.Tests.Vas.Support;
using EclipseConformance.Engine.Tests.Webhooks.Support;
using EclipseConformance.Simulators;
using EclipseConformance.Simulators.PayAt;
using EclipseConformance.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace EclipseConformance.Engine.Tests.Vas;

/// <summary>
/// Pay@ (partner 14) against the real Pay@ simulator for the ZAR tenant: the document's POST (no walletId) builds, its PUT
/// pays the biller with the funds held and captured; declines and lost answers release or confirm; the PUT's rules.
/// </summary>
public class PayAtTests(VasEngineFixture engine) : IClassFixture<VasEngineFixture>
{
    private readonly ProviderCalls _vas = new(engine, "ZAR");

    private PayAtSimulator PayAt => engine.Services.GetRequiredService<SimulatorSet>().Get<PayAtSimulator>();

    [Fact]
    public async Task The_catalog_for_partner_14_lists_Pay_at_billers_with_the_account_number_field()
    {
        using var client = await _vas.LoginAsync();

        var catalog = await _vas.CatalogAsync(client, "14");

        catalog.Code.Should().Be(200, catalog.Text);
        var partner = catalog.Json!.AsArray().Should().ContainSingle().Subject!;
        partner["partnerId"]!.GetValue<long>().Should().Be(14);
        partner["partnerName"]!.GetValue<string>().Should().Be("Pay@");
        var products = partner["products"]!.AsArray();
        products.Select(p => p!["productId"]!.GetValue<string>()).Should().Equal(PayAtFixtures.Billers.Select(b => b.BillerId));
        var rates = products.Single(p => p!["productId"]!.GetValue<string>() == "14577")!;
        rates["productName"]!.GetValue<string>().Should().Be("City of Tshwane Rates and Taxes");
        rates["additionalFields"]![0]!["id"]!.GetValue<string>().Should().Be("accountNumber");
        rates["productCategory"]!.GetValue<string>().Should().Be("MUNICIPAL");
        (await _vas.CatalogAsync(client, "14_1")).ErrorCode.Should().Be("VAL001");
    }

    [Fact]
    public async Task The_catalog_without_a_query_carries_Pay_at_and_EasyPay_for_the_South_African_tenant()
    {
        using var client = await _vas.LoginAsync();

        var catalog = await _vas.CatalogAsync(client, null);

        catalog.Code.Should().Be(200, catalog.Text);
        catalog.Json!.AsArray().Select(p => p!["partnerId"]!.GetValue<long>()).Should().Contain([14L, 15L]);
    }

    [Fact]
    public async Task The_documents_POST_builds_and_its_PUT_pays_the_biller_capturing_amount_and_fee_into_one_settlement()
    {
        using var receiver = CallbackReceiver.Start(engine.Clock);
        using var client = await _vas.LoginAsync();
        using var admin = await engine.LoginAdminAsync();
        var probe = new LedgerProbe(admin);
        var customer = _vas.Customer(0);
        await _vas.FundAsync(customer.WalletId, 1000m);
        var before = await _vas.BalancesAsync(probe, customer.WalletId);
        var key = ProviderCalls.NewKey();

        var post = await _vas.PostAsync(client, customer, TwoStepDocumentRequests.PayAtPost,
            ("xxxxxxxxxxxx", "12345678901"), ("9e60398d-6ddd-4f46-b6cd-2081c872b2ea", key), ("http://www.blankwebsite.com", receiver.Url));

        post.Code.Should().Be(200, post.Text);
        post.Json!["status"]!.GetValue<string>().Should().Be("BUILDING");
        post.Json["paymentData"]!.GetValue<string>().Should().Be("14_14577");
        post.Json["walletId"]!.GetValue<long>().Should().Be(customer.WalletId, "the customer's wallet stands in until the PUT names one");
        post.Json.AsObject().ContainsKey("extraInfo").Should().BeFalse();
        (await _vas.BalancesAsync(probe, customer.WalletId)).Should().Be(before, "BUILDING moves no money");
        var paymentId = post.Json["paymentId"]!.GetValue<long>();

        var put = await client.SendRawAsync(HttpMethod.Put, $"tenants/{_vas.TenantId}/payments/{paymentId}", TwoStepDocumentRequests.PayAtPut
            .Replace("XXX", customer.WalletId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("9e60398d-6ddd-4f46-b6cd-2081c872b2ea", key, StringComparison.Ordinal));

        put.Code.Should().Be(200, put.Text);
        put.Json!["status"]!.GetValue<string>().Should().Be("SUCCESSFUL");
        put.Json["amount"]!.GetValue<decimal>().Should().Be(150m);
        put.Json["fee"]!.GetValue<decimal>().Should().Be(3.50m);
        var receipt = ProviderCalls.ExtraInfo(put.Json);
        receipt["responseCode"]!.GetValue<string>().Should().Be("00");
        receipt["reference"]!.GetValue<string>().Should().Be($"Payment-{paymentId}");
        receipt["customerName"]!.GetValue<string>().Should().Be("P. Naidoo");
        PayAt.Payments.Find($"Payment-{paymentId}")!.Approved.Should().BeTrue();
        (await _vas.BalancesAsync(probe, customer.WalletId)).Should().Be(new Balances(before.Customer - 153.50m, before.Settlement + 150m, before.Fees + 3.50m));
        (await probe.TransactionsAsync(_vas.TenantId, customer.WalletId, $"Payment-{paymentId}")).Should().ContainSingle()
            .Which!["amount"]!.GetValue<decimal>().Should().Be(-153.50m);
        await receiver.WaitForAsync(1);
        JsonNode.Parse(receiver.Received.Single().BodyText)!["status"]!.GetValue<string>().Should().Be("SUCCESSFUL");

        var again = await _vas.PutAsync(client, paymentId, new { amount = 150m, walletId = customer.WalletId });
        again.Code.Should().Be(409);
        again.IsEnvelope().Should().BeTrue();
        again.ErrorCode.Should().Be("IAE002");
        (await probe.InvariantsAsync(engine.SimulatorAdmin()))["ok"]!.GetValue<bool>().Should().BeTrue();
    }

    [Fact]
    public async Task A_closed_account_is_declined_by_Pay_at_and_the_hold_is_released()
    {
        using var client = await _vas.LoginAsync();
        using var admin = await engine.LoginAdminAsync();
        var probe = new LedgerProbe(admin);
        var customer = _vas.Customer(1);
        await _vas.FundAsync(customer.WalletId, 500m);
        var before = await probe.SnapshotAsync(_vas.TenantId, customer.WalletId);
        var paymentId = await BuildAsync(client, customer, "4400000005");

        var put = await _vas.PutAsync(client, paymentId, new { amount = 99.99m, walletId = customer.WalletId });

        put.Code.Should().Be(200, put.Text);
        put.Json!["status"]!.GetValue<string>().Should().Be("FAILED");
        put.Json["errorDescription"]!.GetValue<string>().Should().Be("Pay@ declined the payment (05): ACCOUNT CLOSED - DO NOT HONOUR; the reserved funds were released");
        var after = await probe.SnapshotAsync(_vas.TenantId, customer.WalletId);
        (after.Current, after.Available).Should().Be((before.Current, before.Available), "the hold was released and nothing was posted");
    }

    [Fact]
    public async Task An_unavailable_biller_fails_the_payment_as_temporary()
    {
        using var client = await _vas.LoginAsync();
        var customer = _vas.Customer(1);
        await _vas.FundAsync(customer.WalletId, 100m);
        var paymentId = await BuildAsync(client, customer, "4400000091");

        var put = await _vas.PutAsync(client, paymentId, new { amount = 20m, walletId = customer.WalletId });

        put.Json!["status"]!.GetValue<string>().Should().Be("ERROR", put.Text);
        put.Json["errorDescription"]!.GetValue<string>().Should().StartWith("Pay@ declined the payment (91)");
    }

    [Fact]
    public async Task A_payment_whose_answer_is_lost_is_confirmed_by_the_status_query_and_charged_once()
    {
        using var client = await _vas.LoginAsync();
        using var admin = await engine.LoginAdminAsync();
        var probe = new LedgerProbe(admin);
        var customer = _vas.Customer(2);
        await _vas.FundAsync(customer.WalletId, 500m);
        var before = await _vas.BalancesAsync(probe, customer.WalletId);
        var paymentId = await BuildAsync(client, customer, "98765432100");
        PayAt.AddFault(new FaultSpec { Match = new FaultMatch { Operation = "Pay", Field = "reference", FieldEquals = $"Payment-{paymentId}" }, Outcome = FaultOutcome.SucceedThenTimeout(), Count = 1 });
        var pays = ProviderCalls.Count(PayAt, "Pay");

        var put = _vas.PutAsync(client, paymentId, new { amount = 40m, walletId = customer.WalletId });
        await ProviderCalls.WaitForArrivalAsync(PayAt, "Pay", pays);
        engine.Clock.Advance(TimeSpan.FromSeconds(31));
        var answer = await put;

        answer.Json!["status"]!.GetValue<string>().Should().Be("SUCCESSFUL", answer.Text);
        ProviderCalls.ExtraInfo(answer.Json)["customerName"]!.GetValue<string>().Should().Be("L. Dlamini");
        ProviderCalls.Count(PayAt, "Status").Should().BeGreaterThanOrEqualTo(1);
        (await _vas.BalancesAsync(probe, customer.WalletId)).Should().Be(new Balances(before.Customer - 43.50m, before.Settlement + 40m, before.Fees + 3.50m));
    }

    [Fact]
    public async Task A_payment_that_never_reached_Pay_at_fails_after_the_status_query_and_releases_the_hold()
    {
        using var client = await _vas.LoginAsync();
        using var admin = await engine.LoginAdminAsync();
        var probe = new LedgerProbe(admin);
        var customer = _vas.Customer(0);
        await _vas.FundAsync(customer.WalletId, 100m);
        var before = await probe.SnapshotAsync(_vas.TenantId, customer.WalletId);
        var paymentId = await BuildAsync(client, customer, "12345678901");
        PayAt.AddFault(new FaultSpec { Match = new FaultMatch { Operation = "Pay", Field = "reference", FieldEquals = $"Payment-{paymentId}" }, Outcome = FaultOutcome.Timeout(), Count = 1 });
        var pays = ProviderCalls.Count(PayAt, "Pay");

        var put = _vas.PutAsync(client, paymentId, new { amount = 10m, walletId = customer.WalletId });
        await ProviderCalls.WaitForArrivalAsync(PayAt, "Pay", pays);
        engine.Clock.Advance(TimeSpan.FromSeconds(31));
        var answer = await put;

        answer.Json!["status"]!.GetValue<string>().Should().Be("FAILED", answer.Text);
        answer.Json["errorDescription"]!.GetValue<string>().Should().Contain("no record of the payment");
        PayAt.Payments.Find($"Payment-{paymentId}").Should().BeNull();
        var after = await probe.SnapshotAsync(_vas.TenantId, customer.WalletId);
        (after.Current, after.Available).Should().Be((before.Current, before.Available));
    }

    [Fact]
    public async Task A_PUT_without_walletId_or_amount_is_refused_with_VAL001_and_the_payment_stays_BUILDING()
    {
        using var client = await _vas.LoginAsync();
        var customer = _vas.Customer(2);
        var paymentId = await BuildAsync(client, customer, "12345678901");

        var noWallet = await _vas.PutAsync(client, paymentId, new { amount = 10m });
        var noAmount = await _vas.PutAsync(client, paymentId, new { walletId = customer.WalletId });

        noWallet.Code.Should().Be(400);
        noWallet.IsEnvelope().Should().BeTrue();
        noWallet.Error["description"]!.GetValue<string>().Should().Be("walletId is required");
        noAmount.Code.Should().Be(400);
        noAmount.Error["description"]!.GetValue<string>().Should().Be("amount is required");
        (await _vas.GetAsync(client, paymentId)).Json!["status"]!.GetValue<string>().Should().Be("BUILDING");
    }

    [Fact]
    public async Task A_PUT_on_an_unknown_payment_answers_404_in_the_envelope()
    {
        using var client = await _vas.LoginAsync();

        var put = await _vas.PutAsync(client, 999_999_999, new { amount = 10m, walletId = _vas.Customer(0).WalletId });

        put.Code.Should().Be(404);
        put.IsEnvelope().Should().BeTrue();
    }

    [Fact]
    public async Task An_account_number_that_is_not_the_billers_format_is_refused_at_the_POST()
    {
        using var client = await _vas.LoginAsync();
        var customer = _vas.Customer(0);

        var post = await _vas.PostAsync(client, customer, TwoStepDocumentRequests.PayAtPost,
            ("9e60398d-6ddd-4f46-b6cd-2081c872b2ea", ProviderCalls.NewKey()), ("http://www.blankwebsite.com", ProviderCalls.Discard));

        post.Code.Should().Be(400);
        post.ErrorCode.Should().Be("VAL001");
        post.Error["description"]!.GetValue<string>().Should().Contain("accountNumber 'xxxxxxxxxxxx' does not match");
    }

    private async Task<long> BuildAsync(EclipseClient client, EclipseConformance.Engine.DemoWorld.SeedDocument.Customer customer, string account)
    {
        var post = await _vas.PostAsync(client, customer, TwoStepDocumentRequests.PayAtPost,
            ("xxxxxxxxxxxx", account), ("9e60398d-6ddd-4f46-b6cd-2081c872b2ea", ProviderCalls.NewKey()), ("http://www.blankwebsite.com", ProviderCalls.Discard));
        post.Code.Should().Be(200, post.Text);
        post.Json!["status"]!.GetValue<string>().Should().Be("BUILDING");
        return post.Json["paymentId"]!.GetValue<long>();
    }
}
