using System.Net.Http.Json;
using System.Text.Json;
using EclipseConformance.Simulators.EasyPay;
using EclipseConformance.Simulators.Tests.Support;

namespace EclipseConformance.Simulators.Tests.TwoStepVas;

public sealed class EasyPaySimulatorTests : IDisposable
{
    private readonly EasyPaySimulator _easyPay = TestSimulators.Start(c => new EasyPaySimulator(c));
    private readonly HttpClient _http;

    public EasyPaySimulatorTests() => _http = TestSimulators.Client(_easyPay);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        _http.Dispose();
        _easyPay.Dispose();
    }

    private async Task<JsonElement> SellAsync(object body)
    {
        using var response = await _http.PostAsJsonAsync("/easypay/api/v2/transactions", body, JsonSerializerOptions.Default, Ct); // PascalCase, as EasyPay's wire
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    [Fact]
    public async Task A_local_number_is_sold_to_as_its_international_form()
    {
        var sale = await SellAsync(new { ClientReference = "E-1", ProductCode = 1764, Msisdn = "0821234567", Amount = 10m });

        sale.GetProperty("ResponseCode").GetInt32().Should().Be(0);
        sale.GetProperty("Msisdn").GetString().Should().Be("27821234567");
        sale.GetProperty("Voucher").ValueKind.Should().Be(JsonValueKind.Null, "pinless top-ups have no voucher");
    }

    [Theory]
    [InlineData(1790, 30, 13)]
    [InlineData(1764, 1000.01, 13)]
    [InlineData(9999, 10, 30)]
    public async Task Wrong_amounts_and_unknown_products_are_refused(int product, decimal amount, int code)
    {
        var sale = await SellAsync(new { ClientReference = $"E-{product}-{amount}", ProductCode = product, Msisdn = "27831234567", Amount = amount });

        sale.GetProperty("ResponseCode").GetInt32().Should().Be(code);
    }

    [Fact]
    public async Task A_pinned_voucher_carries_a_PIN_and_the_transaction_query_finds_it()
    {
        var sale = await SellAsync(new { ClientReference = "E-pin", ProductCode = 1790, Msisdn = "27821234567", Amount = 29m });
        using var query = await _http.GetAsync("/easypay/api/v2/transactions/E-pin", Ct);

        sale.GetProperty("Voucher").GetProperty("Pin").GetString().Should().MatchRegex("^[0-9]{16}$");
        (await query.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("TransactionId").GetString().Should().Be(sale.GetProperty("TransactionId").GetString());
        _easyPay.Transactions.Find("E-pin")!.Approved.Should().BeTrue();
    }
}
