using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EclipseConformance.Simulators.AtmNetwork;
using EclipseConformance.Simulators.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace EclipseConformance.Simulators.Tests.AtmNetwork;

public sealed class AtmNetworkSimulatorTests : IDisposable
{
    private const string Key = "issuer-key-123";
    private readonly WireMockServer _issuer = WireMockServer.Start(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"], StartAdminInterface = false });
    private readonly ConcurrentQueue<(string? Key, JsonElement Body)> _authorisations = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _issuer.Stop();

    private void IssuerAnswers(int status, string body = "")
    {
        _issuer.Reset();
        _issuer.Given(Request.Create().WithPath("/authorise/*").UsingPost()).RespondWith(Response.Create().WithCallback(request =>
        {
            _authorisations.Enqueue((request.Headers?.TryGetValue(AtmNetworkSimulator.KeyHeader, out var key) == true ? key[0] : null, JsonDocument.Parse(request.Body!).RootElement.Clone()));
            return new WireMock.ResponseMessage { StatusCode = status, BodyData = new WireMock.Util.BodyData { BodyAsString = body, DetectedBodyType = WireMock.Types.BodyType.String } };
        }));
    }

    private object Registration(string reference, string token = "123456", string? phone = "27821234567", decimal amount = 100m, DateTimeOffset? expires = null) => new
    {
        reference,
        gateway = "ZA_PAYCORP_ATM",
        token,
        phone,
        amount,
        currency = "ZAR",
        expires = expires ?? TestSimulators.Epoch.AddDays(6),
        authoriseUrl = _issuer.Url + "/authorise/" + reference,
        authoriseKey = Key,
    };

    private static async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(HttpClient http, string path, object body)
    {
        using var response = await http.PostAsJsonAsync(path, body, Ct);
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>(Ct));
    }

    [Fact]
    public async Task A_registration_is_idempotent_per_reference_and_conflicting_details_are_refused()
    {
        using var atm = TestSimulators.Start(c => new AtmNetworkSimulator(c));
        using var http = TestSimulators.Client(atm);

        var first = await PostAsync(http, "/atm/tokens", Registration("w-1"));
        first.Status.Should().Be(HttpStatusCode.Created);
        first.Body.GetProperty("registrationId").GetString().Should().MatchRegex("^AT[0-9a-f]{12}$");
        var again = await PostAsync(http, "/atm/tokens", Registration("w-1"));
        again.Status.Should().Be(HttpStatusCode.OK);
        again.Body.GetProperty("duplicate").GetBoolean().Should().BeTrue();
        (await PostAsync(http, "/atm/tokens", Registration("w-1", amount: 101m))).Body.GetProperty("errorCode").GetString().Should().Be("DUPLICATE_REFERENCE");
        (await PostAsync(http, "/atm/tokens", Registration("w-2"))).Body.GetProperty("errorCode").GetString().Should().Be("TOKEN_IN_USE");
        var invalid = await PostAsync(http, "/atm/tokens", Registration("w-3", token: "12a"));
        invalid.Status.Should().Be(HttpStatusCode.BadRequest);
        invalid.Body.GetProperty("errorCode").GetString().Should().Be("INVALID_FIELD");
        atm.Tokens.Count.Should().Be(1);
    }

    [Fact]
    public async Task The_right_token_and_phone_are_authorised_by_the_issuer_over_HTTP_and_dispensed_once()
    {
        IssuerAnswers(200, "{}");
        using var atm = TestSimulators.Start(c => new AtmNetworkSimulator(c));
        using var http = TestSimulators.Client(atm);
        await PostAsync(http, "/atm/tokens", Registration("w-10"));

        var dispensed = await PostAsync(http, "/atm/cash-out", new { gateway = "ZA_PAYCORP_ATM", token = "123456", phone = "+27821234567", terminalId = "T-9" });

        dispensed.Status.Should().Be(HttpStatusCode.OK);
        dispensed.Body.GetProperty("status").GetString().Should().Be("DISPENSED");
        dispensed.Body.GetProperty("amount").GetDecimal().Should().Be(100m);
        var (key, body) = _authorisations.Should().ContainSingle().Subject;
        key.Should().Be(Key);
        body.GetProperty("reference").GetString().Should().Be("w-10");
        body.GetProperty("token").GetString().Should().Be("123456");
        body.GetProperty("phone").GetString().Should().Be("27821234567");
        atm.Tokens.Find("w-10")!.Status.Should().Be(AtmTokenStatus.Redeemed);
        var twice = await PostAsync(http, "/atm/cash-out", new { gateway = "ZA_PAYCORP_ATM", token = "123456", phone = "27821234567" });
        twice.Body.GetProperty("errorCode").GetString().Should().Be("ALREADY_REDEEMED");
        _authorisations.Should().HaveCount(1);
    }

    [Theory]
    [InlineData("ZA_PAYCORP_ATM", "654321", "27821234567", 404, "INVALID_TOKEN")]
    [InlineData("ZA_PNP_CASH_TOKEN", "123456", "27821234567", 404, "INVALID_TOKEN")]
    [InlineData("ZA_PAYCORP_ATM", "123456", "27829999999", 403, "PHONE_MISMATCH")]
    [InlineData("ZA_PAYCORP_ATM", "123456", null, 403, "PHONE_MISMATCH")]
    public async Task A_wrong_token_gateway_or_phone_is_declined_without_asking_the_issuer(string gateway, string token, string? phone, int status, string code)
    {
        IssuerAnswers(200, "{}");
        using var atm = TestSimulators.Start(c => new AtmNetworkSimulator(c));
        using var http = TestSimulators.Client(atm);
        await PostAsync(http, "/atm/tokens", Registration("w-20"));

        var declined = await PostAsync(http, "/atm/cash-out", new { gateway, token, phone });

        ((int)declined.Status).Should().Be(status);
        declined.Body.GetProperty("status").GetString().Should().Be("DECLINED");
        declined.Body.GetProperty("errorCode").GetString().Should().Be(code);
        _authorisations.Should().BeEmpty();
        atm.Tokens.Find("w-20")!.Status.Should().Be(AtmTokenStatus.Active);
    }

    [Fact]
    public async Task A_token_without_a_phone_can_be_used_by_anyone_holding_it()
    {
        IssuerAnswers(200, "{}");
        using var atm = TestSimulators.Start(c => new AtmNetworkSimulator(c));
        using var http = TestSimulators.Client(atm);
        await PostAsync(http, "/atm/tokens", Registration("w-25", phone: null));
        (await PostAsync(http, "/atm/cash-out", new { gateway = "ZA_PAYCORP_ATM", token = "123456", phone = "27820000001" })).Status.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_issuer_refusal_is_declined_with_its_reason_and_the_token_stays_usable()
    {
        IssuerAnswers(409, """[{"type":"BUSINESS","severity":"LOW","description":"Withdrawal 7 cannot be redeemed: the withdrawal is already CANCELLED","code":"IAE002"}]""");
        using var atm = TestSimulators.Start(c => new AtmNetworkSimulator(c));
        using var http = TestSimulators.Client(atm);
        await PostAsync(http, "/atm/tokens", Registration("w-30"));

        var declined = await PostAsync(http, "/atm/cash-out", new { gateway = "ZA_PAYCORP_ATM", token = "123456", phone = "27821234567" });

        ((int)declined.Status).Should().Be(402);
        declined.Body.GetProperty("errorCode").GetString().Should().Be("NOT_AUTHORISED");
        declined.Body.GetProperty("errorMessage").GetString().Should().Contain("already CANCELLED");
        atm.Tokens.Find("w-30")!.Status.Should().Be(AtmTokenStatus.Active);
    }

    [Fact]
    public async Task An_unreachable_issuer_is_ISSUER_UNAVAILABLE_and_an_expired_token_is_declined_on_the_simulator_clock()
    {
        var clock = TestSimulators.NewClock();
        using var atm = TestSimulators.Start(c => new AtmNetworkSimulator(c), clock);
        using var http = TestSimulators.Client(atm);
        await PostAsync(http, "/atm/tokens", Registration("w-40"));
        _issuer.Stop();

        var unavailable = await PostAsync(http, "/atm/cash-out", new { gateway = "ZA_PAYCORP_ATM", token = "123456", phone = "27821234567" });
        ((int)unavailable.Status).Should().Be(502);
        unavailable.Body.GetProperty("errorCode").GetString().Should().Be("ISSUER_UNAVAILABLE");

        clock.Advance(TimeSpan.FromDays(6));
        var expired = await PostAsync(http, "/atm/cash-out", new { gateway = "ZA_PAYCORP_ATM", token = "123456", phone = "27821234567" });
        ((int)expired.Status).Should().Be(410);
        expired.Body.GetProperty("errorCode").GetString().Should().Be("TOKEN_EXPIRED");
    }

    [Fact]
    public async Task Reset_forgets_every_token_and_the_query_reports_a_registration()
    {
        using var atm = TestSimulators.Start(c => new AtmNetworkSimulator(c));
        using var http = TestSimulators.Client(atm);
        await PostAsync(http, "/atm/tokens", Registration("w-50"));
        using (var query = await http.GetAsync("/atm/tokens/w-50", Ct))
        {
            var json = await query.Content.ReadFromJsonAsync<JsonElement>(Ct);
            json.GetProperty("status").GetString().Should().Be("ACTIVE");
        }

        atm.Reset();

        atm.Tokens.Count.Should().Be(0);
        using var gone = await http.GetAsync("/atm/tokens/w-50", Ct);
        gone.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
