using System.Net.Http.Json;
using System.Text.Json;
using EclipseConformance.Simulators.Cellulant;
using EclipseConformance.Simulators.Tests.Support;

namespace EclipseConformance.Simulators.Tests.TwoStepVas;

public sealed class CellulantSimulatorTests : IDisposable
{
    private readonly CellulantSimulator _cellulant = TestSimulators.Start(c => new CellulantSimulator(c));
    private readonly HttpClient _http;

    public CellulantSimulatorTests() => _http = TestSimulators.Client(_cellulant);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        _http.Dispose();
        _cellulant.Dispose();
    }

    private async Task<JsonElement> CallAsync(string function, object packet, string country = "KE")
    {
        using var response = await _http.PostAsJsonAsync(CellulantSimulator.EndpointPath, new
        {
            countryCode = country,
            function,
            payload = new { credentials = new { username = "eclipse", password = "sandbox" }, packet = new[] { packet } },
        }, Ct);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    private static JsonElement Result(JsonElement answer) => answer.GetProperty("results")[0];

    [Fact]
    public async Task QueryBill_answers_the_documents_account_with_the_DStv_packages()
    {
        var answer = await CallAsync("BEEP.queryBill", new { serviceCode = "KE-DSTV", accountNumber = "042381176772", MSISDN = "254707720002" });

        answer.GetProperty("authStatus").GetProperty("authStatusCode").GetInt32().Should().Be(131);
        var result = Result(answer);
        result.GetProperty("statusCode").GetInt32().Should().Be(173);
        result.GetProperty("customerName").GetString().Should().Be("JOHN KAMAU");
        result.GetProperty("packages")[0].GetProperty("packageCode").GetString().Should().Be("DSTVTESTKE");
        result.GetProperty("packages")[0].GetProperty("amount").GetDecimal().Should().Be(517.00m);
    }

    [Theory]
    [InlineData("KE-DSTV", "1742174217", "KE", 174)]
    [InlineData("UG-DSTV", "042381176772", "KE", 141)]
    public async Task QueryBill_refuses_unknown_accounts_and_services_of_another_country(string service, string account, string country, int status)
    {
        var answer = await CallAsync("BEEP.queryBill", new { serviceCode = service, accountNumber = account, MSISDN = "0" }, country);

        Result(answer).GetProperty("statusCode").GetInt32().Should().Be(status);
    }

    [Theory]
    [InlineData("DSTVTESTKE", 517, "KES", 183)]
    [InlineData("DSTVTESTKE", 517, "UGX", 140)]
    [InlineData("DSTVTESTKE", 516, "KES", 140)]
    [InlineData("NOPE", 517, "KES", 140)]
    public async Task PostPayment_delivers_only_the_package_price_in_the_service_currency(string package, decimal amount, string currency, int status)
    {
        var answer = await CallAsync("BEEP.postPayment", new
        {
            serviceCode = "KE-DSTV",
            accountNumber = "042381176772",
            MSISDN = "254707720002",
            payerTransactionID = $"P-{package}-{amount}-{currency}",
            amount,
            currencyCode = currency,
            packageCode = package,
        });

        Result(answer).GetProperty("statusCode").GetInt32().Should().Be(status);
    }

    [Fact]
    public async Task A_repeated_payerTransactionID_replays_and_the_status_query_finds_it_or_answers_143()
    {
        var packet = new { serviceCode = "KE-SAFARICOM-AIRTIME", accountNumber = "254712345678", MSISDN = "254712345678", payerTransactionID = "P-air", amount = 50m, currencyCode = "KES", packageCode = "AIRTIME" };
        var first = Result(await CallAsync("BEEP.postPayment", packet));
        var again = Result(await CallAsync("BEEP.postPayment", packet));
        var status = Result(await CallAsync("BEEP.queryPaymentStatus", new { payerTransactionID = "P-air" }));
        var none = Result(await CallAsync("BEEP.queryPaymentStatus", new { payerTransactionID = "P-none" }));

        first.GetProperty("statusCode").GetInt32().Should().Be(183);
        again.GetProperty("beepTransactionID").GetString().Should().Be(first.GetProperty("beepTransactionID").GetString());
        status.GetProperty("receiptNumber").GetString().Should().Be(first.GetProperty("receiptNumber").GetString());
        none.GetProperty("statusCode").GetInt32().Should().Be(143);
    }

    [Fact]
    public async Task Wrong_credentials_get_authStatusCode_132_and_no_results()
    {
        _cellulant.ExpectedCredentials = ("eclipse", "another");

        var answer = await CallAsync("BEEP.queryBill", new { serviceCode = "KE-DSTV", accountNumber = "042381176772" });

        answer.GetProperty("authStatus").GetProperty("authStatusCode").GetInt32().Should().Be(132);
        answer.GetProperty("results").GetArrayLength().Should().Be(0);
    }
}
