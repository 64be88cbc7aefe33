using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EclipseConformance.Simulators.PayAt;
using EclipseConformance.Simulators.Tests.Support;

namespace EclipseConformance.Simulators.Tests.TwoStepVas;

public sealed class PayAtSimulatorTests : IDisposable
{
    private readonly PayAtSimulator _payAt = TestSimulators.Start(c => new PayAtSimulator(c));
    private readonly HttpClient _http;

    public PayAtSimulatorTests() => _http = TestSimulators.Client(_payAt);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        _http.Dispose();
        _payAt.Dispose();
    }

    private async Task<(HttpStatusCode Status, JsonElement Body, string Text)> PayAsync(object body)
    {
        using var response = await _http.PostAsJsonAsync("/payat/v1/payments", body, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone(), text);
    }

    [Fact]
    public async Task A_repeated_reference_replays_the_first_answer_and_other_details_are_refused_with_94()
    {
        var first = await PayAsync(new { reference = "R-1", billerId = "14577", accountNumber = "12345678901", amount = 150m });
        var again = await PayAsync(new { reference = "R-1", billerId = "14577", accountNumber = "12345678901", amount = 150.00m });
        var other = await PayAsync(new { reference = "R-1", billerId = "14577", accountNumber = "12345678901", amount = 151m });

        first.Body.GetProperty("responseCode").GetString().Should().Be("00");
        first.Body.GetProperty("customerName").GetString().Should().Be("P. Naidoo");
        again.Text.Should().Be(first.Text);
        other.Body.GetProperty("responseCode").GetString().Should().Be("94");
        _payAt.Payments.Count.Should().Be(1);
    }

    [Theory]
    [InlineData("4400000005", "05")]
    [InlineData("4400000014", "14")]
    [InlineData("4400000091", "91")]
    [InlineData("12-34", "14")]
    public async Task Magic_and_malformed_accounts_get_their_response_code(string account, string code)
    {
        var answer = await PayAsync(new { reference = "R-" + account, billerId = "14577", accountNumber = account, amount = 10m });

        answer.Status.Should().Be(HttpStatusCode.OK);
        answer.Body.GetProperty("responseCode").GetString().Should().Be(code);
        answer.Body.GetProperty("status").GetString().Should().Be("DECLINED");
    }

    [Fact]
    public async Task An_amount_outside_the_billers_limits_is_13()
    {
        var answer = await PayAsync(new { reference = "R-big", billerId = "14622", accountNumber = "HOL123456", amount = 5000.01m });

        answer.Body.GetProperty("responseCode").GetString().Should().Be("13");
    }

    [Fact]
    public async Task In_production_like_mode_only_fixture_accounts_are_found()
    {
        using var strict = TestSimulators.Start(c => new PayAtSimulator(c), configure: o => o.FixtureMode = FixtureMode.ProductionLike);
        using var http = TestSimulators.Client(strict);

        using var unknown = await http.PostAsJsonAsync("/payat/v1/payments", new { reference = "S-1", billerId = "14577", accountNumber = "55555555", amount = 10m }, Ct);
        using var known = await http.PostAsJsonAsync("/payat/v1/payments", new { reference = "S-2", billerId = "14577", accountNumber = "98765432100", amount = 10m }, Ct);

        (await unknown.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("responseCode").GetString().Should().Be("14");
        (await known.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("responseCode").GetString().Should().Be("00");
    }

    [Fact]
    public async Task The_status_query_answers_the_stored_payment_or_404_with_25_and_a_bad_body_is_400_with_30()
    {
        var paid = await PayAsync(new { reference = "R-status", billerId = "14578", accountNumber = "0123456789", amount = 99.5m });
        using var found = await _http.GetAsync("/payat/v1/payments/R-status", Ct);
        using var missing = await _http.GetAsync("/payat/v1/payments/R-none", Ct);
        using var bad = await _http.PostAsync("/payat/v1/payments", new StringContent("not json"), Ct);

        (await found.Content.ReadAsStringAsync(Ct)).Should().Be(paid.Text);
        missing.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await missing.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("responseCode").GetString().Should().Be("25");
        bad.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await bad.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("responseCode").GetString().Should().Be("30");
    }
}
