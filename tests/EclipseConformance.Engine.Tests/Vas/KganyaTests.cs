using EclipseConformance.Engine.Tests.Vas.Support;
using EclipseConformance.Simulators;
using EclipseConformance.Simulators.Kganya;

namespace EclipseConformance.Engine.Tests.Vas;

/// <summary>
/// Kganya (partner 16) on its WireMock simulator for the ZAR tenant: the document's catalogQuery and paymentData, a
/// lapsed policy, lost answers and the ledger.
/// </summary>
public class KganyaTests(VasEngineFixture engine) : IClassFixture<VasEngineFixture>
{
    private const string DocumentQuery = "16_0310564280_T089775335322";
    private readonly SouthAfricaVas _za = new(engine);

    private KganyaSimulator Simulator => _za.Simulator<KganyaSimulator>();

    [Fact]
    public async Task The_documents_catalogQuery_lists_the_customers_items_by_product_id()
    {
        using var client = await _za.LoginAsync();

        var catalog = (await _za.CatalogAsync(client, DocumentQuery)).OkArray();

        var partner = catalog.Should().ContainSingle().Subject!;
        partner["partnerId"]!.GetValue<long>().Should().Be(16);
        partner["partnerName"]!.GetValue<string>().Should().Be("Kganya");
        partner["products"]!.AsArray().Select(p => p!["productId"]!.GetValue<string>()).Should()
            .Equal("0310564280_T089775335322_1", "0310564280_T089775335322_2", "0310564280_T089775335322_3");
        partner["products"]![0]!["productDescription"]!.GetValue<string>().Should().Be("Amount due 150.00");
        (await _za.CatalogAsync(client, "16_0_T089775335322")).OkArray()[0]!["products"]![0]!["productId"]!.GetValue<string>()
            .Should().Be("0_T089775335322_1", "without a mobile number the ids start with 0");
    }

    [Theory]
    [InlineData("16_T089775335322", 400)]
    [InlineData("16_0310564280_T08977-5335322", 400)]
    [InlineData("16_0310564280_T000000000000", 404)]
    [InlineData("16_0821111111_T089775335322", 404)]
    public async Task A_malformed_or_unknown_catalogQuery_is_answered_with_an_envelope(string query, int status)
    {
        using var client = await _za.LoginAsync();
        var catalog = await _za.CatalogAsync(client, query);
        catalog.Code.Should().Be(status, catalog.Text);
        catalog.IsEnvelope().Should().BeTrue();
    }

    [Fact]
    public async Task The_documents_purchase_builds_then_the_PUT_pays_Kganya_and_settles_amount_and_fee()
    {
        using var client = await _za.LoginAsync();
        var customer = _za.Customer(0);
        var before = await _za.BalancesAsync(customer.WalletId);

        var paymentId = await _za.BuildAsync(client, customer, "16_0310564280_T089775335322_3", ("msisdn", "27821234567"));
        var put = await _za.PutAsync(client, paymentId, 320m, customer.WalletId);

        put.Code.Should().Be(200, put.Text);
        put.Json!.AsObject().Select(p => p.Key).Should().Contain(SouthAfricaExamples.PaymentFields);
        put.Json!["status"]!.GetValue<string>().Should().Be("SUCCESSFUL");
        put.Json!["paymentReference"]!.GetValue<string>().Should().Be("0310564280_T089775335322_3");
        var payment = Simulator.Payments.Find($"Payment-{paymentId}")!;
        payment.Should().Match<KganyaPayment>(p => p.Received && p.ProductId == "0310564280_T089775335322_3" && p.Amount == 320m);
        SouthAfricaVas.ExtraInfo(put)["receiptNumber"]!.GetValue<string>().Should().Be(payment.ReceiptNumber);
        (await _za.BalancesAsync(customer.WalletId)).Should().Be(new Balances(before.Customer - 323m, before.Settlement + 320m, before.Fees + 3m));
        (await _za.PutAsync(client, paymentId, 320m, customer.WalletId)).Code.Should().Be(409);
    }

    [Fact]
    public async Task A_lapsed_policy_is_declined_by_Kganya_and_the_reserved_funds_are_released()
    {
        using var client = await _za.LoginAsync();
        var customer = _za.Customer(1);
        var before = await _za.BalancesAsync(customer.WalletId);
        var paymentId = await _za.BuildAsync(client, customer, $"16_0_{KganyaFixtures.LapsedIdNumber}_2");

        var put = await _za.PutAsync(client, paymentId, 80m, customer.WalletId);

        put.Json!["status"]!.GetValue<string>().Should().Be("FAILED", put.Text);
        put.Json!["errorDescription"]!.GetValue<string>().Should()
            .Be("Kganya declined the payment (LAPSED): Policy lapsed: payment not accepted.; the reserved funds were released");
        (await _za.BalancesAsync(customer.WalletId)).Should().Be(before);
    }

    [Fact]
    public async Task A_payment_whose_answer_is_lost_is_confirmed_by_the_status_query_and_settled()
    {
        using var client = await _za.LoginAsync();
        var customer = _za.Customer(2);
        var before = await _za.BalancesAsync(customer.WalletId);
        var paymentId = await _za.BuildAsync(client, customer, "16_0_T089775335322_1");
        Simulator.AddFault(new FaultSpec
        {
            Match = new FaultMatch { Operation = "Pay", BodyContains = $"Payment-{paymentId}\"" },
            Outcome = FaultOutcome.SucceedThenTimeout(),
            Count = 1,
        });

        var put = await _za.PutPastTimeoutAsync(client, Simulator, "Pay", paymentId, 150m, customer.WalletId);

        put.Json!["status"]!.GetValue<string>().Should().Be("SUCCESSFUL", put.Text);
        (await _za.BalancesAsync(customer.WalletId)).Should().Be(new Balances(before.Customer - 153m, before.Settlement + 150m, before.Fees + 3m));
    }

    [Fact]
    public async Task A_payment_that_never_reached_Kganya_fails_after_the_timeout_and_changes_no_balance()
    {
        using var client = await _za.LoginAsync();
        var customer = _za.Customer(3);
        var before = await _za.BalancesAsync(customer.WalletId);
        var paymentId = await _za.BuildAsync(client, customer, "16_0_T089775335322_2");
        Simulator.AddFault(new FaultSpec
        {
            Match = new FaultMatch { Operation = "Pay", BodyContains = $"Payment-{paymentId}\"" },
            Outcome = FaultOutcome.Timeout(),
            Count = 1,
        });

        var put = await _za.PutPastTimeoutAsync(client, Simulator, "Pay", paymentId, 99m, customer.WalletId);

        put.Json!["status"]!.GetValue<string>().Should().Be("FAILED", put.Text);
        Simulator.Payments.Find($"Payment-{paymentId}").Should().BeNull();
        (await _za.BalancesAsync(customer.WalletId)).Should().Be(before);
    }
}
