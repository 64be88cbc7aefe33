using EclipseConformance.Simulators.FrontierWeb;
using EclipseConformance.Simulators.Tests.Support;

namespace EclipseConformance.Simulators.Tests.FrontierWeb;

public class FrontierWebUtilityTests
{
    private static (FrontierWebSimulator Simulator, HttpClient Http, FrontierClient Client) Start(FixtureMode mode = FixtureMode.Sandbox, long seed = 42)
    {
        var simulator = TestSimulators.Start(c => new FrontierWebSimulator(c), configure: o => o.FixtureMode = mode, seed: seed);
        var http = TestSimulators.Client(simulator);
        return (simulator, http, new FrontierClient(http));
    }

    [Theory]
    [InlineData("00300123452", FixtureMode.Sandbox)]
    [InlineData("21500123456", FixtureMode.Sandbox)]
    [InlineData("00300123452", FixtureMode.ProductionLike)]
    [InlineData("21500123456", FixtureMode.ProductionLike)]
    public async Task The_documents_sandbox_meters_validate_as_conlog_botswana_in_every_mode(string meter, FixtureMode mode)
    {
        var (simulator, http, client) = Start(mode);
        using var _ = simulator;
        using var __ = http;

        var result = await client.PreVend("pv-" + meter, 1247, meter: meter);

        result.Text("responseCode").Should().Be("0");
        var prevend = result.At("thirdPartyResponse/prevendResponse");
        prevend.Text("customerName").Should().Be("Conlog Botswana");
        prevend.Text("address").Should().Be("1 TEST BLOCK");
        prevend.Text("processorID").Should().Be("215");
        prevend.Text("processorDescription").Should().Be("Conlog - Botswana");
        prevend.Text("meterNumber").Should().Be(meter);
        prevend.Text("maxVendAmount").Should().Be("1000.00");
        prevend.Text("minVendAmount").Should().Be("0");
        result.Text("merchantReceipt").Should().StartWith("METER: " + meter);
    }

    [Fact]
    public async Task A_vend_on_a_sandbox_meter_issues_a_20_digit_token_with_kwh_units_receipt_and_tariff()
    {
        var (simulator, http, client) = Start();
        using var _ = simulator;
        using var __ = http;

        var result = await client.Vend("v-1", 1248, "180.00", meter: "21500123456");

        result.Text("responseCode").Should().Be("0");
        result.IsNil("thirdPartyResponse/thirdPartyErrorResponse").Should().BeTrue();
        var electricity = result.At("thirdPartyResponse/electricityResponse");
        var token = electricity.At("tokens").Elements().Single();
        token.Text("tokenNumber").Should().MatchRegex("^[0-9]{20}$");
        token.Text("units").Should().Be("150.0");
        electricity.Text("units").Should().Be("150.0");
        electricity.Text("unitsType").Should().Be("kWh");
        electricity.Text("amount").Should().Be("180.00");
        electricity.Text("vatAmount").Should().Be("22.11");
        electricity.Text("tariffName").Should().Be("Domestic D1");
        electricity.Text("receiptNumber").Should().MatchRegex("^[0-9]{10}$");
        result.Text("customerReceipt").Should().Contain(token.Text("tokenFormatted")).And.Contain("UNITS: 150.0 kWh");
    }

    [Fact]
    public async Task An_unknown_meter_succeeds_in_sandbox_mode_as_the_document_says()
    {
        var (simulator, http, client) = Start(FixtureMode.Sandbox);
        using var _ = simulator;
        using var __ = http;

        (await client.PreVend("pv-u", 1247, meter: "11111111111")).Text("responseCode").Should().Be("0");
        (await client.Vend("v-u", 1248, "50.00", meter: "11111111111")).Text("responseCode").Should().Be("0");
    }

    [Fact]
    public async Task An_unknown_meter_fails_validation_in_production_like_mode()
    {
        var (simulator, http, client) = Start(FixtureMode.ProductionLike);
        using var _ = simulator;
        using var __ = http;

        var prevend = await client.PreVend("pv-p", 1247, meter: "11111111111");
        var vend = await client.Vend("v-p", 1248, "50.00", meter: "11111111111");

        foreach (var result in new[] { prevend, vend })
        {
            result.Text("responseCode").Should().Be("12");
            result.Text("thirdPartyResponse/thirdPartyErrorResponse/errorMessage").Should().Be("METER NOT FOUND");
            result.IsNil("thirdPartyResponse/electricityResponse").Should().BeTrue();
        }
    }

    [Theory]
    [InlineData("04000000001", "METER BLOCKED")]
    [InlineData("2150012345X", "INVALID METER NUMBER")]
    [InlineData("123", "INVALID METER NUMBER")]
    public async Task The_blocked_and_malformed_meters_fail_even_in_sandbox_mode(string meter, string message)
    {
        var (simulator, http, client) = Start();
        using var _ = simulator;
        using var __ = http;

        var result = await client.PreVend("pv-b", 1247, meter: meter);

        result.Text("responseCode").Should().Be("12");
        result.Text("thirdPartyResponse/thirdPartyErrorResponse/errorMessage").Should().Be(message);
    }

    [Theory]
    [InlineData("1000.00", "0")]
    [InlineData("0.01", "0")]
    [InlineData("1000.01", "14")]
    [InlineData("0", "13")]
    [InlineData("-5.00", "13")]
    [InlineData(null, "13")]
    public async Task Vend_amounts_are_held_to_the_meters_min_and_max_vend_amount(string? amount, string expectedCode)
    {
        var (simulator, http, client) = Start();
        using var _ = simulator;
        using var __ = http;

        var result = await client.Vend("v-lim", 1248, amount, meter: "00300123452");

        result.Text("responseCode").Should().Be(expectedCode);
        result.IsNil("thirdPartyResponse/electricityResponse").Should().Be(expectedCode != "0");
    }

    [Fact]
    public async Task A_repeated_vend_with_the_same_request_id_replays_the_same_token()
    {
        var (simulator, http, client) = Start();
        using var _ = simulator;
        using var __ = http;

        var first = await client.Vend("v-same", 1248, "20.00", meter: "21500123456");
        var again = await client.Vend("v-same", 1248, "20.00", meter: "21500123456");

        again.ToString().Should().Be(first.ToString());
        simulator.Transactions.Count.Should().Be(1);
    }

    [Fact]
    public async Task The_same_request_id_with_different_details_is_refused_as_a_duplicate()
    {
        var (simulator, http, client) = Start();
        using var _ = simulator;
        using var __ = http;

        await client.Vend("v-dup", 1248, "20.00", meter: "21500123456");
        var clash = await client.Vend("v-dup", 1248, "30.00", meter: "21500123456");

        clash.Text("responseCode").Should().Be("15");
        simulator.Transactions.ByRequestId("v-dup")!.Succeeded.Should().BeTrue();
    }

    [Fact]
    public async Task Reprint_returns_the_last_token_of_the_meter_and_marks_it_as_a_reprint()
    {
        var (simulator, http, client) = Start();
        using var _ = simulator;
        using var __ = http;
        var vend = await client.Vend("v-orig", 1248, "60.00", meter: "00300123452");
        var token = vend.Text("thirdPartyResponse/electricityResponse/tokens/token/tokenNumber");

        var reprint = await client.Vend("v-reprint", 1290, null, meter: "00300123452");

        reprint.Text("responseCode").Should().Be("0");
        var electricity = reprint.At("thirdPartyResponse/electricityResponse");
        electricity.Text("tokens/token/tokenNumber").Should().Be(token);
        electricity.Text("reprint").Should().Be("true");
        electricity.Text("originalTransactionNumber").Should().Be(vend.Text("transactionNumber"));
        reprint.Text("customerReceipt").Should().StartWith("*** REPRINT ***");
    }

    [Fact]
    public async Task Reprint_without_an_earlier_token_is_declined()
    {
        var (simulator, http, client) = Start();
        using var _ = simulator;
        using var __ = http;

        var reprint = await client.Vend("v-none", 1290, null, meter: "21500123456");

        reprint.Text("responseCode").Should().Be("20");
    }

    [Fact]
    public async Task Tokens_are_deterministic_for_a_seed_and_differ_between_seeds()
    {
        async Task<string> TokenFor(long seed)
        {
            var (simulator, http, client) = Start(seed: seed);
            using var _ = simulator;
            using var __ = http;
            var result = await client.Vend("v-seed", 1248, "10.00", meter: "21500123456");
            return result.Text("thirdPartyResponse/electricityResponse/tokens/token/tokenNumber");
        }

        var first = await TokenFor(7);
        (await TokenFor(7)).Should().Be(first);
        (await TokenFor(8)).Should().NotBe(first);
    }

    [Fact]
    public async Task Reset_forgets_transactions_and_restarts_the_random_stream()
    {
        var (simulator, http, client) = Start();
        using var _ = simulator;
        using var __ = http;
        var before = (await client.Vend("v-r1", 1248, "10.00", meter: "21500123456")).Text("transactionNumber");

        simulator.Reset();

        simulator.Transactions.Count.Should().Be(0);
        var after = (await client.Vend("v-r2", 1248, "10.00", meter: "21500123456")).Text("transactionNumber");
        after.Should().Be(before, "the random stream restarts from the seed");
    }
}
