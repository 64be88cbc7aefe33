using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using EclipseConformance.Simulators.ScanToPay;
using EclipseConformance.Simulators.Tests.Support;

namespace EclipseConformance.Simulators.Tests.ScanToPay;

public class ScanToPaySimulatorTests : IDisposable
{
    private readonly ScanToPaySimulator _sim = TestSimulators.Start(c => new ScanToPaySimulator(c));
    private readonly HttpClient _http;

    public ScanToPaySimulatorTests()
    {
        _http = TestSimulators.Client(_sim);
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", "ZWNsaXBzZTpzYW5kYm94");
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        _http.Dispose();
        _sim.Dispose();
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> RechargeAsync(string reference, string msisdn, decimal amount, string product = "VD50")
    {
        using var response = await _http.PostAsJsonAsync(ScanToPaySimulator.BasePath + "/recharges", new { reference, productCode = product, msisdn, amount }, Ct);
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>(Ct));
    }

    [Fact]
    public async Task Requests_without_Basic_credentials_are_refused_with_401()
    {
        using var anonymous = TestSimulators.Client(_sim);
        using var response = await anonymous.GetAsync(ScanToPaySimulator.BasePath + "/products", Ct);
        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_product_list_has_the_documents_Vodacom_products_first()
    {
        var body = await _http.GetFromJsonAsync<JsonElement>(ScanToPaySimulator.BasePath + "/products", Ct);
        var vodacom = body.GetProperty("products").EnumerateArray().Where(p => p.GetProperty("network").GetString() == "VODACOM")
            .Select(p => p.GetProperty("productCode").GetString()).ToList();
        vodacom.Should().Equal("VS02", "VS03", "VS04", "VD11", "VD12", "VD13", "VD14", "VD50", "01", "03", "05");
    }

    [Theory]
    [InlineData("27821234567", 155, "00")]
    [InlineData("27821230000", 155, "14")]
    [InlineData("27821234567", 1000.01, "13")]
    public async Task A_recharge_answers_its_magic_value(string msisdn, decimal amount, string code)
    {
        var (status, body) = await RechargeAsync("R-" + code, msisdn, amount);
        status.Should().Be(HttpStatusCode.OK);
        body.GetProperty("responseCode").GetString().Should().Be(code);
    }

    [Fact]
    public async Task A_repeated_recharge_replays_the_first_answer_and_the_status_query_finds_it()
    {
        var (_, first) = await RechargeAsync("Payment-7", "27821234567", 20m);
        var (_, again) = await RechargeAsync("Payment-7", "27821230000", 99m);
        again.GetProperty("transactionId").GetString().Should().Be(first.GetProperty("transactionId").GetString()).And.StartWith("STP");
        var status = await _http.GetFromJsonAsync<JsonElement>(ScanToPaySimulator.BasePath + "/recharges/Payment-7", Ct);
        status.GetProperty("status").GetString().Should().Be("SUCCESS");
        using var missing = await _http.GetAsync(ScanToPaySimulator.BasePath + "/recharges/Payment-8", Ct);
        missing.StatusCode.Should().Be(HttpStatusCode.NotFound);
        _sim.Reset();
        _sim.Recharges.Count.Should().Be(0);
    }
}
