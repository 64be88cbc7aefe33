using EclipseConformance.Simulators.FrontierWeb;
using EclipseConformance.Simulators.Tests.Support;

namespace EclipseConformance.Simulators.Tests.FrontierWeb;

public class FrontierWebAirtimeAndBillTests
{
    private static (FrontierWebSimulator Simulator, HttpClient Http, FrontierClient Client) Start(FixtureMode mode = FixtureMode.Sandbox)
    {
        var simulator = TestSimulators.Start(c => new FrontierWebSimulator(c), configure: o => o.FixtureMode = mode);
        var http = TestSimulators.Client(simulator);
        return (simulator, http, new FrontierClient(http));
    }

    [Theory]
    [InlineData(491, "MASCOM 10", "10.00")]
    [InlineData(492, "MASCOM 20", "20.00")]
    [InlineData(493, "MASCOM 60", "60.00")]
    [InlineData(494, "MASCOM 100", "100.00")]
    [InlineData(495, "ORANGE 10", "10.00")]
    [InlineData(496, "ORANGE 20", "20.00")]
    [InlineData(497, "ORANGE 50", "50.00")]
    [InlineData(498, "ORANGE 100", "100.00")]
    [InlineData(500, "BE MOBILE 10", "10.00")]
    [InlineData(501, "BE MOBILE 20", "20.00")]
    [InlineData(502, "BE MOBILE 30", "30.00")]
    [InlineData(503, "BE MOBILE 50", "50.00")]
    [InlineData(504, "BE MOBILE 100", "100.00")]
    public async Task Pinned_airtime_vends_a_voucher_with_serial_pin_and_expiry_in_the_sale_item_list(int itemId, string name, string price)
    {
        var (simulator, http, client) = Start();
        using var _ = simulator;
        using var __ = http;

        var result = await client.Vend("air-" + itemId, itemId, amount: null, msisdn: "772216623");

        result.Text("responseCode").Should().Be("0");
        var voucher = result.At("thirdPartyResponse/voucherResponse");
        voucher.Text("productName").Should().Be(name);
        voucher.Text("faceValue").Should().Be(price);
        var item = voucher.At("saleItemList").Elements().Single();
        item.Text("serialNumber").Should().MatchRegex("^[1-9][0-9]{11}$");
        item.Text("pinNumber").Should().MatchRegex("^[1-9][0-9]{15}$");
        item.Text("expiryDate").Should().Be("2026-12-08", "vouchers expire a year after the fake clock's 2025-12-08");
        result.Text("customerReceipt").Should().Contain(item.Text("pinNumber"));
    }

    [Fact]
    public async Task A_fixed_price_voucher_refuses_an_amount_that_is_not_its_price()
    {
        var (simulator, http, client) = Start();
        using var _ = simulator;
        using var __ = http;

        (await client.Vend("air-x", 501, "25.00")).Text("responseCode").Should().Be("13");
        (await client.Vend("air-y", 501, "20.00")).Text("responseCode").Should().Be("0");
    }

    [Fact]
    public async Task The_documents_dstv_account_validates_and_recharges()
    {
        var (simulator, http, client) = Start(FixtureMode.ProductionLike);
        using var _ = simulator;
        using var __ = http;

        var prevend = await client.PreVend("dstv-pv", 1259, account: "12345678");
        var vend = await client.Vend("dstv-v", 1260, "33.00", account: "12345678");

        prevend.Text("responseCode").Should().Be("0");
        prevend.Text("thirdPartyResponse/prevendResponse/customerName").Should().Be("DSTV Test Customer");
        prevend.Text("thirdPartyResponse/prevendResponse/linkedReferenceNum").Should().Be("12345678");
        prevend.Text("thirdPartyResponse/prevendResponse/balance").Should().Be("33.00");
        var bill = vend.At("thirdPartyResponse/billPaymentResponse");
        vend.Text("responseCode").Should().Be("0");
        bill.Text("status").Should().Be("RECHARGED");
        bill.Text("amountPaid").Should().Be("33.00");
        bill.Text("accountNumber").Should().Be("12345678");
        bill.Text("paymentReference").Should().Be(vend.Text("transactionNumber"));
    }

    [Fact]
    public async Task Box_office_is_a_bill_payment_marked_paid()
    {
        var (simulator, http, client) = Start();
        using var _ = simulator;
        using var __ = http;

        var vend = await client.Vend("bo-1", 1261, "15.00", account: "87654321");

        vend.Text("thirdPartyResponse/billPaymentResponse/status").Should().Be("PAID");
        vend.Text("thirdPartyResponse/billPaymentResponse/productName").Should().Be("Box Office Payment");
    }

    [Theory]
    [InlineData("99999999", FixtureMode.Sandbox, "12")]
    [InlineData("55555555", FixtureMode.Sandbox, "0")]
    [InlineData("55555555", FixtureMode.ProductionLike, "12")]
    [InlineData("12AB5678", FixtureMode.Sandbox, "12")]
    public async Task Dstv_accounts_outside_the_fixtures_follow_the_fixture_mode(string account, FixtureMode mode, string code)
    {
        var (simulator, http, client) = Start(mode);
        using var _ = simulator;
        using var __ = http;

        (await client.PreVend("acc-pv", 1259, account: account)).Text("responseCode").Should().Be(code);
        (await client.Vend("acc-v", 1260, "10.00", account: account)).Text("responseCode").Should().Be(code);
    }

    [Fact]
    public async Task A_dstv_recharge_above_the_maximum_is_refused()
    {
        var (simulator, http, client) = Start();
        using var _ = simulator;
        using var __ = http;

        (await client.Vend("dstv-max", 1260, "5000.01", account: "12345678")).Text("responseCode").Should().Be("14");
    }

    [Theory]
    [InlineData("PreVend", 1248, "16")]
    [InlineData("Vend", 1247, "16")]
    [InlineData("Vend", 777, "11")]
    [InlineData("PreVend", 777, "11")]
    public async Task Items_used_with_the_wrong_operation_or_unknown_items_are_declined(string operation, int itemId, string code)
    {
        var (simulator, http, client) = Start();
        using var _ = simulator;
        using var __ = http;

        var result = await client.CallAsync(operation, ("requestId", "op-" + itemId), ("itemId", itemId.ToString()), ("amount", "10.00"), ("meterNumber", "21500123456"));

        result.Text("responseCode").Should().Be(code);
    }

    [Fact]
    public async Task A_direct_top_up_answers_an_airtime_top_up_response()
    {
        var (simulator, http, client) = Start();
        using var _ = simulator;
        using var __ = http;

        var result = await client.Vend("top-1", 1574, "25.50", msisdn: "71234567");

        var topUp = result.At("thirdPartyResponse/airtimeTopUpResponse");
        topUp.Text("msisdn").Should().Be("71234567");
        topUp.Text("amount").Should().Be("25.50");
        topUp.Text("network").Should().Be("MASCOM");
    }

    [Theory]
    [InlineData("71234567", "0")]
    [InlineData("72234567", "12")]
    public async Task In_production_like_mode_an_airtime_pre_vend_wants_a_number_on_the_products_network(string msisdn, string code)
    {
        var (simulator, http, client) = Start(FixtureMode.ProductionLike);
        using var _ = simulator;
        using var __ = http;

        (await client.PreVend("mpv-" + msisdn, 1910, msisdn: msisdn)).Text("responseCode").Should().Be(code);
    }
}
