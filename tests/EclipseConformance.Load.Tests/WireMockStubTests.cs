using System.Net;
using System.Text;
using EclipseConformance.Load.Echo;
using EclipseConformance.Load.Http;
using EclipseConformance.Load.WireMockStub;

namespace EclipseConformance.Load.Tests;

/// <summary>The WireMock.Net static stub over real loopback HTTP. Functional checks only: no speed is asserted.</summary>
public sealed class WireMockStubTests
{
    private const string TransferBody = """{"fromWalletId":2000001,"toWalletId":2000002,"amount":12.50,"description":"t","externalUniqueId":"0196a0b4-0000-7000-8000-000000000001"}""";

    [Fact]
    public async Task The_stub_answers_a_posted_transfer_of_any_tenant_with_204_and_nothing_else()
    {
        await using var stub = WireMockStubServer.Start();
        using var client = new HttpClient { BaseAddress = stub.BaseAddress };
        var ct = TestContext.Current.CancellationToken;

        using var transfer = await client.PostAsync("eclipse-conductor/rest/v1/tenants/1001/wallets/transfers", Json(), ct);
        using var otherTenant = await client.PostAsync("eclipse-conductor/rest/v1/tenants/1999/wallets/transfers", Json(), ct);
        using var get = await client.GetAsync("eclipse-conductor/rest/v1/tenants/1001/wallets/transfers", ct);
        using var otherPath = await client.PostAsync("eclipse-conductor/rest/v1/tenants/1001/wallets/payments", Json(), ct);

        transfer.StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await transfer.Content.ReadAsByteArrayAsync(ct)).Should().BeEmpty();
        otherTenant.StatusCode.Should().Be(HttpStatusCode.NoContent);
        get.StatusCode.Should().Be(HttpStatusCode.NotFound);
        otherPath.StatusCode.Should().Be(HttpStatusCode.NotFound);
        stub.BaseAddress.Host.Should().Be("127.0.0.1");
        stub.BaseAddress.Port.Should().BeGreaterThan(0, "port 0 asks the OS for a free port and the stub reports the one it got");
    }

    [Fact]
    public async Task With_default_settings_the_stub_keeps_every_request_in_its_request_log()
    {
        await using var stub = WireMockStubServer.Start();
        using var client = new HttpClient { BaseAddress = stub.BaseAddress };
        var ct = TestContext.Current.CancellationToken;

        for (var i = 0; i < 3; i++)
        {
            using var response = await client.PostAsync("eclipse-conductor/rest/v1/tenants/1001/wallets/transfers", Json(), ct);
        }

        stub.RequestLogCount.Should().Be(3);
    }

    [Fact]
    public async Task The_baseline_scenario_sends_the_transfer_request_the_stub_process_accepts()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var stub = await WireMockStubProcess.StartAsync(TimeProvider.System, ct);
        await using var raw = await RawHttpTarget.CreateAsync(stub.BaseAddress, 2, ct);
        var scenario = WireMockBaseline.Scenario(raw, TimeProvider.System)
            .WithoutWarmUp()
            .WithLoadSimulations(Simulation.KeepConstant(2, TimeSpan.FromSeconds(1)));

        var result = await LoadRunner.RegisterScenarios(scenario).WithoutProgress().RunAsync(ct);

        var stats = result.Scenarios.Should().ContainSingle().Subject;
        stats.Name.Should().Be(WireMockBaseline.ScenarioName);
        stats.Ok.Should().BeGreaterThan(0);
        stats.Failed.Should().Be(0, "every request matched the stub and got its 204");
        raw.Connects.Should().Be(2);
    }

    [Fact]
    public void The_baseline_bearer_token_is_as_long_as_an_engine_session_token()
    {
        var token = WireMockBaseline.Authorization["Bearer ".Length..];

        token.Split('.').Select(p => p.Length).Should().Equal([36, 470, 342], "header, payload of a session's claims, PS256 signature of a 2048-bit key");
    }

    [Theory]
    [InlineData(204, false)]
    [InlineData(200, true)]
    [InlineData(404, true)]
    [InlineData(500, true)]
    public void Only_the_stubs_204_counts_as_a_successful_baseline_request(int status, bool isError)
    {
        WireMockBaseline.ToResponse(status, 0).IsError.Should().Be(isError);
    }

    [Fact]
    public void The_comparison_section_puts_transfers_next_to_the_stub()
    {
        var stub = Samples.Scenario(WireMockBaseline.ScenarioName, Samples.Start, [[1000, 1000, 1000, 1000]]);
        var transfer = Samples.Scenario("transfer", Samples.Start, [[2000, 2000]]);
        var result = Samples.Run("transfer-steady", Samples.Start, [], stub, transfer);

        var section = WireMockBaseline.Comparison(result, "transfer");

        section.Title.Should().Contain("WireMock.Net static stub");
        section.Rows.Should().Contain(r => r.Key.StartsWith("throughput ratio", StringComparison.Ordinal) && r.Value == "0.500");
    }

    [Fact]
    public async Task The_echo_process_binds_a_port_of_its_own_and_reports_it()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var echo = await EchoProcess.StartAsync(TimeProvider.System, ct);
        using var client = new HttpClient { BaseAddress = echo.BaseAddress };

        using var response = await client.PostAsync("echo", new ByteArrayContent(EchoBaseline.Body), ct);

        echo.BaseAddress.Port.Should().BeGreaterThan(0);
        (await response.Content.ReadAsByteArrayAsync(ct)).Should().Equal(EchoBaseline.Body);
    }

    private static StringContent Json() => new(TransferBody, Encoding.UTF8, "application/json");
}
