using EclipseConformance.TestKit;

namespace EclipseConformance.Engine.Tests.Control;

public class FaultsApiTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    private async Task<int> SendSmsAsync(string baseUrl)
    {
        using var http = new HttpClient { BaseAddress = new Uri(baseUrl) };
        var response = await http.PostAsync("sms/send", new StringContent("""{"to":"27821234567","from":"Eclipse","message":"hi","reference":"r1"}""", System.Text.Encoding.UTF8, "application/json"));
        return (int)response.StatusCode;
    }

    [Fact]
    public async Task A_fault_added_through_the_control_plane_is_observable_at_the_upstream_and_can_be_removed()
    {
        using var sim = engine.SimulatorAdmin();
        var simulators = (await sim.GetAsync("/sim/v1/simulators")).OkArray();
        var sms = simulators.First(s => s!["name"]!.GetValue<string>() == "sms")!["baseUrl"]!.GetValue<string>();
        (await SendSmsAsync(sms)).Should().BeInRange(200, 299);

        var added = await sim.PostAsync("/sim/v1/faults", new
        {
            upstream = "sms",
            id = "gateway-down",
            match = new { method = "POST", path = "/sms/send" },
            outcome = new { kind = "HttpStatus", statusCode = 503 },
            count = 2,
        });
        added.Code.Should().Be(201, added.Text);
        added.Json!["source"]!.GetValue<string>().Should().Be("api");

        (await SendSmsAsync(sms)).Should().Be(503);
        (await sim.GetAsync("/sim/v1/faults?upstream=sms")).OkArray().Single(f => f!["id"]!.GetValue<string>() == "gateway-down")!["remainingCount"]!.GetValue<int>().Should().Be(1);
        (await SendSmsAsync(sms)).Should().Be(503);
        (await SendSmsAsync(sms)).Should().BeInRange(200, 299, "the count is used up");

        await sim.PostAsync("/sim/v1/faults", new { upstream = "sms", id = "again", outcome = new { kind = "HttpStatus", statusCode = 500 } });
        (await sim.DeleteAsync("/sim/v1/faults/sms/again")).Code.Should().Be(204);
        (await SendSmsAsync(sms)).Should().BeInRange(200, 299);
        (await sim.DeleteAsync("/sim/v1/faults/sms/again")).Code.Should().Be(404);
    }

    [Fact]
    public async Task A_fault_with_a_duration_expires_on_the_virtual_clock()
    {
        await using var local = new EngineFixture();
        await local.InitializeAsync();
        using var sim = local.SimulatorAdmin();
        var sms = (await sim.GetAsync("/sim/v1/simulators")).OkArray().First(s => s!["name"]!.GetValue<string>() == "sms")!["baseUrl"]!.GetValue<string>();
        (await sim.PostAsync("/sim/v1/faults", new { upstream = "sms", outcome = new { kind = "HttpStatus", statusCode = 502 }, durationSeconds = 60 })).Code.Should().Be(201);
        (await SendSmsAsync(sms)).Should().Be(502);
        local.Clock.Advance(TimeSpan.FromSeconds(61));
        (await SendSmsAsync(sms)).Should().BeInRange(200, 299);
    }

    [Theory]
    [InlineData("""{"upstream":"nowhere","outcome":{"kind":"HttpStatus","statusCode":503}}""", "upstream must be one of")]
    [InlineData("""{"upstream":"sms","outcome":{"kind":"Explode"}}""", "outcome.kind must be one of")]
    [InlineData("""{"upstream":"sms","outcome":{"kind":"HttpStatus","statusCode":503},"count":0}""", "count")]
    [InlineData("""{"upstream":"sms","id":"rules.mine","outcome":{"kind":"Timeout"}}""", "rule-file behaviours")]
    public async Task Invalid_faults_are_refused_with_a_clear_reason(string body, string reason)
    {
        using var sim = engine.SimulatorAdmin();
        var response = await sim.SendRawAsync(HttpMethod.Post, "/sim/v1/faults", body);
        response.Code.Should().Be(400);
        response.ErrorCode.Should().Be("VAL001");
        response.Error["description"]!.GetValue<string>().Should().Contain(reason);
    }
}
