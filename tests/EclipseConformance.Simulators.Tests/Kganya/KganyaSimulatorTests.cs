using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EclipseConformance.Simulators.Kganya;
using EclipseConformance.Simulators.Tests.Support;

namespace EclipseConformance.Simulators.Tests.Kganya;

public class KganyaSimulatorTests : IDisposable
{
    private readonly KganyaSimulator _sim = TestSimulators.Start(c => new KganyaSimulator(c));
    private readonly HttpClient _http;

    public KganyaSimulatorTests()
    {
        _http = TestSimulators.Client(_sim);
        _http.DefaultRequestHeaders.Add("x-api-key", "test");
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        _http.Dispose();
        _sim.Dispose();
    }

    [Theory]
    [InlineData("0310564280", "0310564280_T089775335322_3")]
    [InlineData("0", "0_T089775335322_3")]
    public async Task The_documents_customer_lists_its_items_with_ids_naming_the_mobile(string mobile, string third)
    {
        var body = await _http.GetFromJsonAsync<JsonElement>($"{KganyaSimulator.BasePath}/customers/T089775335322/products?mobile={mobile}", Ct);
        body.GetProperty("products").EnumerateArray().Select(p => p.GetProperty("productId").GetString()).Should().HaveCount(3).And.EndWith(third);
    }

    [Theory]
    [InlineData("T000000000000", "0")]
    [InlineData("T089775335322", "0821111111")]
    public async Task An_unknown_customer_or_a_mobile_that_is_not_theirs_is_404(string id, string mobile)
    {
        using var response = await _http.GetAsync($"{KganyaSimulator.BasePath}/customers/{id}/products?mobile={mobile}", Ct);
        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("0310564280_T089775335322_3", 320, true, null)]
    [InlineData("0_8001015009087_2", 80, false, "LAPSED")]
    [InlineData("0_T089775335322_1", 5000.01, false, "INVALID_AMOUNT")]
    [InlineData("0_T089775335322_9", 10, false, "PRODUCT_NOT_FOUND")]
    public async Task A_payment_answers_its_magic_value(string productId, decimal amount, bool success, string? code)
    {
        using var response = await _http.PostAsJsonAsync(KganyaSimulator.BasePath + "/payments", new { reference = "P-" + productId, productId, amount }, Ct);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        body.GetProperty("success").GetBoolean().Should().Be(success);
        (body.GetProperty("errorCode").ValueKind == JsonValueKind.Null ? null : body.GetProperty("errorCode").GetString()).Should().Be(code);
        var status = await _http.GetFromJsonAsync<JsonElement>(KganyaSimulator.BasePath + "/payments/P-" + productId, Ct);
        status.GetProperty("status").GetString().Should().Be(success ? "PAID" : "REJECTED");
    }
}
