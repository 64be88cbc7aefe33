using System.Globalization;
using System.Text.Json.Nodes;
using EclipseConformance.Engine.Tests.Vas.Support;
using EclipseConformance.TestKit;

namespace EclipseConformance.Engine.Tests.Vas;

/// <summary>The VAS document's three FrontierWeb use cases, request bodies verbatim, in the default ASYNC mode.</summary>
public class FrontierWebPurchaseTests(VasEngineFixture engine) : IClassFixture<VasEngineFixture>
{
    private readonly VasCalls _vas = new(engine);

    [Fact]
    public async Task Utility_token_POST_answers_SUCCESSFUL_without_extraInfo_and_GET_later_carries_the_token()
    {
        using var client = await _vas.LoginAsync();
        var customer = _vas.Customer(0);
        var (body, key) = DocumentRequests.For(DocumentRequests.Utility, customer.WalletId);

        var post = await _vas.PostRawAsync(client, customer, body);

        post.Code.Should().Be(200, post.Text);
        var created = post.Json!.AsObject();
        created["status"]!.GetValue<string>().Should().Be("SUCCESSFUL");
        created.ContainsKey("extraInfo").Should().BeFalse("the newer document: extraInfo is never on the POST answer");
        created.ContainsKey("errorDescription").Should().BeFalse();
        created["externalUniqueId"]!.GetValue<string>().Should().Be(key);
        created["amount"]!.GetValue<decimal>().Should().Be(180m);
        post.Text.Should().Contain("\"amount\":180.000000000", "amounts are scale 9 on the wire");
        created["description"]!.GetValue<string>().Should().Be("VAS purchase  PartnerId-20 : Utility Token");
        created["currency"]!.GetValue<string>().Should().Be("BWP");
        created["paymentType"]!.GetValue<string>().Should().Be("WALLET");
        created["paymentData"]!.GetValue<string>().Should().Be("20_1248_1247");
        created["paymentReference"]!.GetValue<string>().Should().Be("1248_1247");
        var paymentId = created["paymentId"]!.GetValue<long>();
        created["gatewayTransactionId"]!.GetValue<string>().Should().Be($"Payment-{paymentId}");
        created["walletId"]!.GetValue<long>().Should().Be(customer.WalletId);
        created["customerId"]!.GetValue<long>().Should().Be(customer.CustomerId);
        created["fee"]!.GetValue<decimal>().Should().Be(4m, "the shipped demo config: fees.amount.config.Pay.GLOBAL_DEFERRED.WALLET.20");
        created["cardPhone"]!.GetValue<string>().Should().Be(customer.Phone).And.Be(created["phone"]!.GetValue<string>());
        created["paymentInstrumentInfo"]!["cardPhone"]!.GetValue<string>().Should().Be(customer.Phone);
        created["acceptedCardSchemes"]!.AsArray().Should().BeEmpty();
        created["acceptedPaymentMechanisms"]!.AsArray().Select(m => m!.GetValue<string>()).Should().Equal("WALLET", "AMT", "SECURE_CODE");
        created["paymentTerminalData"]!.AsObject().Should().BeEmpty();
        created["tracingContext"]!.GetValue<string>().Should().MatchRegex("^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$");
        created["additionalFields"]!.ToJsonString().Should().Be("""[{"id":"msisdn","value":"772216623"},{"id":"meterNumber","value":"21500123456"}]""");
        created["created"]!.GetValue<string>().Should().Be(Wire(engine.Clock.GetUtcNow()));

        var final = await _vas.AwaitFinalAsync(client, paymentId);

        final["status"]!.GetValue<string>().Should().Be("SUCCESSFUL");
        final["extraInfo"]!.GetValue<string>().Should().StartWith("[{\"att\":\"preValidationResponse\",\"val\":\"{\\\"requestId\\\":");
        var phases = ExtraInfo.Phases(final["extraInfo"]!.GetValue<string>());
        phases.Select(p => p.Att).Should().Equal("preValidationResponse", "vendResponse");
        var prevend = phases[0].Val["thirdPartyResponse"]!["prevendResponse"]!;
        prevend["customerName"]!.GetValue<string>().Should().Be("Conlog Botswana");
        prevend["meterNumber"]!.GetValue<string>().Should().Be("21500123456");
        prevend["processorID"]!.GetValue<int>().Should().Be(215);
        var electricity = ExtraInfo.Slot(final["extraInfo"]!.GetValue<string>(), "electricityResponse");
        var token = electricity["tokens"]![0]!;
        token["tokenNumber"]!.GetValue<string>().Should().MatchRegex("^[0-9]{20}$");
        token["unitsType"]!.GetValue<string>().Should().Be("kWh");
        electricity["amount"]!.GetValue<decimal>().Should().Be(180m);
        phases[1].Val["customerReceipt"]!.GetValue<string>().Should().Contain(token["tokenFormatted"]!.GetValue<string>());
        final["paymentId"]!.GetValue<long>().Should().Be(paymentId);
    }

    [Fact]
    public async Task Dstv_recharge_pre_vends_the_account_and_shows_the_bill_payment_confirmation()
    {
        using var client = await _vas.LoginAsync();
        var customer = _vas.Customer(1);
        var (body, _) = DocumentRequests.For(DocumentRequests.Dstv, customer.WalletId);

        var post = await _vas.PostRawAsync(client, customer, body);
        post.Code.Should().Be(200, post.Text);
        post.Json!["extraInfo"].Should().BeNull();
        post.Json!["paymentReference"]!.GetValue<string>().Should().Be("1260_1259");
        post.Json!["description"]!.GetValue<string>().Should().Be("VAS purchase  PartnerId-20 : Bots DSTV Recharge");
        var final = await _vas.AwaitFinalAsync(client, post.Json!["paymentId"]!.GetValue<long>());

        final["status"]!.GetValue<string>().Should().Be("SUCCESSFUL");
        var extraInfo = final["extraInfo"]!.GetValue<string>();
        ExtraInfo.Slot(extraInfo, "prevendResponse")["customerName"]!.GetValue<string>().Should().Be("DSTV Test Customer");
        var bill = ExtraInfo.Slot(extraInfo, "billPaymentResponse");
        bill["accountNumber"]!.GetValue<string>().Should().Be("12345678");
        bill["amountPaid"]!.GetValue<decimal>().Should().Be(33m);
        bill["status"]!.GetValue<string>().Should().Be("RECHARGED");
    }

    [Fact]
    public async Task Fixed_price_airtime_takes_its_amount_from_the_catalog_and_returns_the_voucher_serial_and_pin()
    {
        using var client = await _vas.LoginAsync();
        var customer = _vas.Customer(2);
        var (body, _) = DocumentRequests.For(DocumentRequests.Airtime, customer.WalletId);

        var post = await _vas.PostRawAsync(client, customer, body);
        post.Code.Should().Be(200, post.Text);
        post.Json!["amount"]!.GetValue<decimal>().Should().Be(20m, "BE MOBILE 20 costs fixedPriceIncl 20.00; the request names no amount");
        post.Json!["fee"]!.GetValue<decimal>().Should().Be(5m, "the airtime fee key of the shipped demo config");
        post.Json!["paymentReference"]!.GetValue<string>().Should().Be("501_0");
        var final = await _vas.AwaitFinalAsync(client, post.Json!["paymentId"]!.GetValue<long>());

        var phases = ExtraInfo.Phases(final["extraInfo"]!.GetValue<string>());
        phases.Select(p => p.Att).Should().Equal(["vendResponse"], "_0 means no pre-vend");
        var sale = ExtraInfo.Slot(final["extraInfo"]!.GetValue<string>(), "voucherResponse")["saleItemList"]![0]!;
        sale["serialNumber"]!.GetValue<string>().Should().MatchRegex("^[0-9]{12}$");
        sale["pinNumber"]!.GetValue<string>().Should().MatchRegex("^[0-9]{16}$");
        sale["expiryDate"]!.GetValue<string>().Should().Be(engine.Clock.GetUtcNow().UtcDateTime.Date.AddDays(365).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_fixed_price_ignores_a_different_requested_amount()
    {
        using var client = await _vas.LoginAsync();
        var customer = _vas.Customer(0);
        var (body, _) = DocumentRequests.For(DocumentRequests.Airtime, customer.WalletId, ("\"currency\": \"BWP\"", "\"amount\": 7.5, \"currency\": \"BWP\""));

        var post = await _vas.PostRawAsync(client, customer, body);

        post.Code.Should().Be(200, post.Text);
        post.Json!["amount"]!.GetValue<decimal>().Should().Be(20m);
    }

    [Fact]
    public async Task A_customer_may_buy_from_their_own_wallet_and_read_the_payment_but_not_another_customers()
    {
        var customer = _vas.Customer(0);
        using var self = await engine.LoginAsync(customer.Identity!, customer.Password!);
        var (body, _) = DocumentRequests.For(DocumentRequests.Airtime, customer.WalletId);
        var post = await _vas.PostRawAsync(self, customer, body);
        post.Code.Should().Be(200, post.Text);
        (await _vas.GetAsync(self, post.Json!["paymentId"]!.GetValue<long>())).Code.Should().Be(200);

        var other = _vas.Customer(1);
        using var stranger = await engine.LoginAsync(other.Identity!, other.Password!);
        var peek = await _vas.GetAsync(stranger, post.Json!["paymentId"]!.GetValue<long>());
        peek.Code.Should().Be(404);
        peek.ErrorCode.Should().Be("ARCH086");
        var spend = await _vas.PostRawAsync(stranger, customer, DocumentRequests.For(DocumentRequests.Airtime, customer.WalletId).Body);
        spend.Code.Should().Be(404, "a customer cannot pay from another customer's wallet");
    }

    [Fact]
    public async Task In_the_default_sandbox_mode_a_meter_outside_the_fixtures_is_sold_a_token()
    {
        using var client = await _vas.LoginAsync();
        var customer = _vas.Customer(2);

        var final = await _vas.AwaitFinalAsync(client, await FrontierWebFixtureModeTests.BuyUtilityAsync(_vas, client, customer, FrontierWebFixtureModeTests.UnknownMeter));

        final["status"]!.GetValue<string>().Should().Be("SUCCESSFUL", "the document: in the sandbox any meter succeeds (production-like mode refuses it)");
        ExtraInfo.Slot(final["extraInfo"]!.GetValue<string>(), "electricityResponse")["meterNumber"]!.GetValue<string>().Should().Be(FrontierWebFixtureModeTests.UnknownMeter);
    }

    private static string Wire(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    internal static JsonObject Object(ApiResponse response) => response.Json!.AsObject();
}
