using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EclipseConformance.Simulators.Mnp;
using EclipseConformance.Simulators.Tests.Support;

namespace EclipseConformance.Simulators.Tests.Mnp;

public class MnpTests : IDisposable
{
    private readonly MnpSimulator _mnp = TestSimulators.Start(c => new MnpSimulator(c));
    private readonly HttpClient _http;

    public MnpTests() => _http = TestSimulators.Client(_mnp);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        _http.Dispose();
        _mnp.Dispose();
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> Lookup(string msisdn)
    {
        using var response = await _http.GetAsync("/mnp/" + Uri.EscapeDataString(msisdn), Ct);
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>(Ct));
    }

    [Theory]
    [InlineData("27831234567", "ZA-MTN", "MTN", "ZA")]
    [InlineData("27731234567", "ZA-MTN", "MTN", "ZA")]
    [InlineData("+27821234567", "ZA-VODACOM", "Vodacom", "ZA")]
    [InlineData("0721234567", "ZA-VODACOM", "Vodacom", "ZA")]
    [InlineData("26771234567", "BW-MASCOM", "Mascom", "BW")]
    [InlineData("75757459", "BW-ORANGE", "Orange", "BW")]
    [InlineData("26773123456", "BW-BTC", "BTC beMobile", "BW")]
    [InlineData("254712345678", "KE-SAFARICOM", "Safaricom", "KE")]
    [InlineData("254733123456", "KE-AIRTEL", "Airtel", "KE")]
    [InlineData("256772123456", "UG-MTN", "MTN", "UG")]
    [InlineData("256701234567", "UG-AIRTEL", "Airtel", "UG")]
    public async Task Supported_networks_are_answered_with_their_network(string msisdn, string networkId, string network, string country)
    {
        var (status, body) = await Lookup(msisdn);

        status.Should().Be(HttpStatusCode.OK);
        body.GetProperty("networkId").GetString().Should().Be(networkId);
        body.GetProperty("network").GetString().Should().Be(network);
        body.GetProperty("countryCode").GetString().Should().Be(country);
        body.GetProperty("supported").GetBoolean().Should().BeTrue();
        body.GetProperty("status").GetString().Should().Be("OK");
        body.GetProperty("ported").GetBoolean().Should().BeFalse();
    }

    [Theory]
    [InlineData("27841234567", "Cell C")]
    [InlineData("27811234567", "Telkom")]
    [InlineData("254771234567", "Telkom Kenya")]
    public async Task Cell_c_telkom_and_other_unsupported_networks_are_answered_clearly_as_unsupported(string msisdn, string network)
    {
        var (status, body) = await Lookup(msisdn);

        status.Should().Be(HttpStatusCode.OK);
        body.GetProperty("network").GetString().Should().Be(network);
        body.GetProperty("supported").GetBoolean().Should().BeFalse();
        body.GetProperty("status").GetString().Should().Be("UNSUPPORTED_NETWORK");
        body.GetProperty("message").GetString().Should().Contain("not a supported network");
    }

    [Fact]
    public async Task The_longest_prefix_wins_so_0810_is_mtn_but_0811_is_telkom()
    {
        (await Lookup("27810123456")).Body.GetProperty("networkId").GetString().Should().Be("ZA-MTN");
        (await Lookup("27811123456")).Body.GetProperty("networkId").GetString().Should().Be("ZA-TELKOM");
    }

    [Theory]
    [InlineData("27991234567", HttpStatusCode.NotFound, "UNKNOWN_NUMBER")]
    [InlineData("12", HttpStatusCode.BadRequest, "INVALID_MSISDN")]
    [InlineData("2782123456a", HttpStatusCode.BadRequest, "INVALID_MSISDN")]
    [InlineData("4412345678901", HttpStatusCode.BadRequest, "INVALID_MSISDN")]
    public async Task Unknown_and_invalid_numbers_are_answered_with_an_error(string msisdn, HttpStatusCode status, string code)
    {
        var (actual, body) = await Lookup(msisdn);

        actual.Should().Be(status);
        body.GetProperty("errorCode").GetString().Should().Be(code);
    }

    [Fact]
    public async Task A_phone_can_be_put_on_another_network_at_run_time_and_is_then_ported()
    {
        _mnp.SetNetwork("27831234567", "ZA-CELLC");

        var (_, moved) = await Lookup("27831234567");
        moved.GetProperty("networkId").GetString().Should().Be("ZA-CELLC");
        moved.GetProperty("ported").GetBoolean().Should().BeTrue();
        moved.GetProperty("supported").GetBoolean().Should().BeFalse();

        _mnp.RemoveNetworkOverride("+27831234567").Should().BeTrue();
        (await Lookup("27831234567")).Body.GetProperty("networkId").GetString().Should().Be("ZA-MTN");
    }

    [Fact]
    public async Task Reset_drops_run_time_network_changes()
    {
        _mnp.SetNetwork("27831234567", "ZA-VODACOM");

        _mnp.Reset();

        _mnp.Overrides.Should().BeEmpty();
        (await Lookup("27831234567")).Body.GetProperty("networkId").GetString().Should().Be("ZA-MTN");
    }

    [Fact]
    public void A_network_of_another_country_or_an_unknown_network_is_refused()
    {
        var foreign = () => _mnp.SetNetwork("27831234567", "BW-MASCOM");
        var unknown = () => _mnp.SetNetwork("27831234567", "ZA-NOPE");

        foreign.Should().Throw<ArgumentException>();
        unknown.Should().Throw<ArgumentException>();
        _mnp.Overrides.Should().BeEmpty();
    }

    [Fact]
    public async Task The_fixture_ported_number_is_on_vodacom_although_in_an_mtn_range()
    {
        var (_, body) = await Lookup("27831000099");

        body.GetProperty("networkId").GetString().Should().Be("ZA-VODACOM");
        body.GetProperty("ported").GetBoolean().Should().BeTrue();
    }
}
