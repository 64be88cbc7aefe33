using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EclipseConformance.Simulators.Fiorano;
using EclipseConformance.Simulators.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace EclipseConformance.Simulators.Tests.Fiorano;

/// <summary>The Fiorano gateway simulator over real HTTP: lookups, PENDING payments confirmed on its clock, magic references.</summary>
public sealed class FioranoSimulatorTests : IDisposable
{
    private readonly FakeTimeProvider _clock = TestSimulators.NewClock();
    private readonly FioranoSimulator _fiorano;
    private readonly HttpClient _http;

    public FioranoSimulatorTests()
    {
        _fiorano = TestSimulators.Start(c => new FioranoSimulator(c), _clock);
        _http = TestSimulators.Client(_fiorano);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        _http.Dispose();
        _fiorano.Dispose();
    }

    [Fact]
    public async Task A_KRA_PRN_lookup_answers_the_documented_details_in_order()
    {
        var (status, body) = await GetAsync("/dtbke/vas/1.0/utilities/ETAX/accounts/1020230000058238");

        status.Should().Be(HttpStatusCode.OK);
        body.GetProperty("productReference").GetString().Should().Be("1020230000058238");
        body.GetProperty("details").EnumerateArray().Select(d => d.GetProperty("name").GetString())
            .Should().Equal("SystemCode", "EslipNumber", "PaymentAdviceDate", "TaxpayerPin", "TaxpayerFullName", "TotalAmount");
    }

    [Fact]
    public async Task An_NWSC_lookup_needs_the_area_and_a_wrong_area_is_not_found()
    {
        (await GetAsync("/dtbug/vas/1.0/utilities/NWSC/accounts/21117391")).Status.Should().Be(HttpStatusCode.BadRequest);
        (await GetAsync("/dtbug/vas/1.0/utilities/NWSC/accounts/21117391?area=Jinja")).Status.Should().Be(HttpStatusCode.NotFound);
        (await GetAsync("/dtbug/vas/1.0/utilities/NWSC/accounts/21117391?area=Kampala")).Status.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_payment_is_PENDING_until_the_confirmation_delay_passes_on_the_simulator_clock()
    {
        var (status, accepted) = await PayAsync("Payment-1", "UMEME", "200166426", "29182.00", "UGX", "dtbug");
        status.Should().Be(HttpStatusCode.Accepted);
        accepted.GetProperty("status").GetString().Should().Be("PENDING");

        _clock.Advance(TimeSpan.FromSeconds(4));
        (await GetAsync("/dtbug/vas/1.0/payments/Payment-1")).Body.GetProperty("status").GetString().Should().Be("PENDING");
        _clock.Advance(TimeSpan.FromSeconds(1));
        var (_, confirmed) = await GetAsync("/dtbug/vas/1.0/payments/Payment-1");

        confirmed.GetProperty("status").GetString().Should().Be("SUCCESSFUL");
        confirmed.GetProperty("receiptNumber").GetString().Should().StartWith("RCT");
        (await PayAsync("Payment-1", "UMEME", "200166426", "29182.00", "UGX", "dtbug")).Body.GetProperty("status").GetString()
            .Should().Be("SUCCESSFUL", "the same transactionRef answers the same payment");
    }

    [Theory]
    [InlineData("ETAX", "1020230000060915", "100.00", "E06")]
    [InlineData("ETAX", "1020230000000404", "100.00", "E03")]
    [InlineData("KE-DSTV", "123409", "100.00", "E04")]
    [InlineData("KE-NOPE", "123456", "100.00", "E02")]
    public async Task Payments_Fiorano_cannot_take_are_rejected_with_a_code(string utility, string reference, string amount, string code)
    {
        var (status, body) = await PayAsync("Payment-2", utility, reference, amount, "KES", "dtbke");

        status.Should().Be(HttpStatusCode.UnprocessableEntity);
        body.GetProperty("status").GetString().Should().Be("REJECTED");
        body.GetProperty("statusCode").GetString().Should().Be(code);
        _fiorano.FindPayment("Payment-2").Should().BeNull();
    }

    [Fact]
    public async Task A_reference_ending_in_500_is_accepted_and_its_confirmation_fails_and_one_ending_in_777_is_never_confirmed()
    {
        await PayAsync("Payment-3", "KE-GOTV", "88500", "10.00", "KES", "dtbke");
        await PayAsync("Payment-4", "KE-GOTV", "88777", "10.00", "KES", "dtbke");
        _clock.Advance(TimeSpan.FromHours(1));

        var failed = (await GetAsync("/dtbke/vas/1.0/payments/Payment-3")).Body;
        failed.GetProperty("status").GetString().Should().Be("FAILED");
        failed.GetProperty("statusCode").GetString().Should().Be("E51");
        (await GetAsync("/dtbke/vas/1.0/payments/Payment-4")).Body.GetProperty("status").GetString().Should().Be("PENDING");
        (await GetAsync("/dtbke/vas/1.0/payments/Payment-9")).Status.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_business_error_fault_on_the_status_query_fails_the_payment_for_good()
    {
        await PayAsync("Payment-5", "MTN", "256779999703", "100.00", "UGX", "dtbug");
        _fiorano.AddFault(new FaultSpec { Match = FaultMatch.ForOperation(FioranoSimulator.StatusOperation), Outcome = FaultOutcome.Business("E57", "Wallet closed"), Count = 1 });

        (await GetAsync("/dtbug/vas/1.0/payments/Payment-5")).Body.GetProperty("statusDescription").GetString().Should().Be("Wallet closed");
        _clock.Advance(TimeSpan.FromMinutes(1));
        (await GetAsync("/dtbug/vas/1.0/payments/Payment-5")).Body.GetProperty("status").GetString().Should().Be("FAILED");
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(string path)
    {
        using var response = await _http.GetAsync(path, Ct);
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>(Ct));
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> PayAsync(string transactionRef, string utility, string reference, string amount, string currency, string market)
    {
        using var response = await _http.PostAsJsonAsync($"/{market}/vas/1.0/payments", new
        {
            transactionRef,
            utilityCode = utility,
            customerReference = reference,
            amount,
            currency,
            sourceType = "DTB_WALLET",
        }, Ct);
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>(Ct));
    }
}
