using EclipseConformance.TestKit;

namespace EclipseConformance.Engine.Tests.Control;

public class ClockApiTests
{
    [Fact]
    public async Task Advancing_the_virtual_clock_over_HTTP_expires_tokens()
    {
        await using var engine = new EngineFixture();
        await engine.InitializeAsync();
        using var sim = engine.SimulatorAdmin();
        using var client = await engine.LoginTenantAsync();
        var path = $"tenants/{engine.Seed.Tenants[0].TenantId}/wallets/{engine.Seed.Tenants[0].WalletIds[0]}";

        var clock = await sim.GetAsync("/sim/v1/clock");
        clock.Json!["mode"]!.GetValue<string>().Should().Be("MANUAL");
        clock.Json["now"]!.GetValue<string>().Should().Be("2026-03-16T08:00:00.000Z");

        (await sim.PostAsync("/sim/v1/clock/advance", new { by = "PT14M59S" })).Json!["now"]!.GetValue<string>().Should().Be("2026-03-16T08:14:59.000Z");
        (await client.GetAsync(path)).Code.Should().Be(200);
        (await sim.PostAsync("/sim/v1/clock/advance", new { seconds = 1 })).Code.Should().Be(200);
        (await client.GetAsync(path)).Code.Should().Be(401);
    }

    [Fact]
    public async Task The_clock_jumps_forward_but_never_back()
    {
        await using var engine = new EngineFixture();
        await engine.InitializeAsync();
        using var sim = engine.SimulatorAdmin();
        (await sim.PostAsync("/sim/v1/clock/set", new { to = "2026-04-01T00:00:00Z" })).Json!["now"]!.GetValue<string>().Should().Be("2026-04-01T00:00:00.000Z");
        var back = await sim.PostAsync("/sim/v1/clock/set", new { to = "2026-03-01T00:00:00Z" });
        back.Code.Should().Be(400);
        back.ErrorCode.Should().Be("VAL001");
    }

}

public class ClockApiValidationTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    [Theory]
    [InlineData("""{"by":"sixteen minutes"}""")]
    [InlineData("""{"by":"-PT1M"}""")]
    [InlineData("""{"seconds":-5}""")]
    [InlineData("""{}""")]
    public async Task Bad_durations_are_refused(string body)
    {
        using var sim = engine.SimulatorAdmin();
        var response = await sim.SendRawAsync(HttpMethod.Post, "/sim/v1/clock/advance", body);
        response.Code.Should().Be(400);
        response.IsEnvelope().Should().BeTrue();
    }
}
