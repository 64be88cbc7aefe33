using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EclipseConformance.Simulators.Acs;
using EclipseConformance.Simulators.Tests.Support;

namespace EclipseConformance.Simulators.Tests.Acs;

public class AcsSimulatorTests : IDisposable
{
    private readonly AcsSimulator _sim = TestSimulators.Start(c => new AcsSimulator(c));
    private readonly HttpClient _http;

    public AcsSimulatorTests()
    {
        _http = TestSimulators.Client(_sim);
        _http.DefaultRequestHeaders.Add("X-Api-Key", "test");
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        _http.Dispose();
        _sim.Dispose();
    }

    private async Task<JsonElement> BuyAsync(string reference, string product, string? msisdn, string? meter, decimal amount)
    {
        using var response = await _http.PostAsJsonAsync(AcsSimulator.BasePath + "/vouchers",
            new { clientReference = reference, productCode = product, msisdn, meterNumber = meter, amount }, Ct);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    [Fact]
    public async Task Electricity_answers_a_dummy_UnPin_and_the_USSD_string_for_the_meter()
    {
        var body = await BuyAsync("E-1", AcsFixtures.ElectricityCode, null, "04123456789", 100m);
        body.GetProperty("status").GetString().Should().Be("OK");
        body.GetProperty("voucher").GetProperty("unPin").GetString().Should().MatchRegex("^[0-9]{4}(-[0-9]{4}){3}$");
        body.GetProperty("voucher").GetProperty("ussdString").GetString().Should().Be("*120*3535*04123456789#");
    }

    [Theory]
    [InlineData("M512", "27831230000", null, 49, "E14")]
    [InlineData("E001", null, "04000000000", 50, "E21")]
    [InlineData("E001", null, "123", 50, "E20")]
    [InlineData("M512", "27831234567", null, 2000.01, "E13")]
    [InlineData("X1", "27831234567", null, 10, "E12")]
    public async Task A_purchase_answers_its_magic_value(string product, string? msisdn, string? meter, decimal amount, string code)
    {
        var body = await BuyAsync("F-" + code, product, msisdn, meter, amount);
        body.GetProperty("status").GetString().Should().Be("FAILED");
        body.GetProperty("errorCode").GetString().Should().Be(code);
    }

    [Fact]
    public async Task Without_an_api_key_the_catalogue_is_refused_and_an_unknown_voucher_is_404()
    {
        using var anonymous = TestSimulators.Client(_sim);
        (await anonymous.GetAsync(AcsSimulator.BasePath + "/catalogue", Ct)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await _http.GetAsync(AcsSimulator.BasePath + "/vouchers/nope", Ct)).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
