using System.Net.Http.Json;
using EclipseConformance.Load.Echo;
using EclipseConformance.Load.Http;

namespace EclipseConformance.Load.Tests;

/// <summary>Short real runs over loopback HTTP. Functional checks only: no speed is asserted.</summary>
public sealed class EchoRunTests
{
    [Fact]
    public async Task The_echo_server_returns_the_posted_json_and_a_tiny_json_on_get()
    {
        await using var server = await EchoServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        using var client = new HttpClient { BaseAddress = server.BaseAddress };

        var posted = await client.PostAsync("echo", new ByteArrayContent(EchoBaseline.Body) { Headers = { ContentType = new("application/json") } }, TestContext.Current.CancellationToken);
        var got = await client.GetFromJsonAsync<Dictionary<string, string>>("echo", TestContext.Current.CancellationToken);

        posted.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        (await posted.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).Should().Equal(EchoBaseline.Body);
        got.Should().ContainKey("status").WhoseValue.Should().Be("ok");
        server.BaseAddress.Host.Should().Be("127.0.0.1");
    }

    [Fact]
    public async Task A_short_open_model_run_against_the_echo_server_succeeds_and_accounts_for_every_request()
    {
        await using var server = await EchoServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        using var http = HttpTarget.Create(server.BaseAddress, 16);
        var scenario = EchoBaseline.Scenario(http.Client, "echo")
            .WithoutWarmUp()
            .WithLoadSimulations(Simulation.Inject(200, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1)));

        var result = await LoadRunner.RegisterScenarios(scenario)
            .WithoutProgress()
            .WithSettings(new Execution.RunSettings { MaxConcurrency = 16, MaxLag = TimeSpan.FromSeconds(30) })
            .WithThresholds(Threshold.MaxErrorPercent(0))
            .RunAsync(TestContext.Current.CancellationToken);

        var stats = result.Scenarios.Should().ContainSingle().Subject;
        stats.Ok.Should().BeGreaterThan(0);
        stats.OkPerSecond.Should().BeGreaterThan(0);
        stats.Failed.Should().Be(0);
        stats.Scheduled.Should().Be(200, "200 arrivals were planned and each is either started or dropped");
        stats.Started.Should().Be(stats.Ok + stats.Failed, "every started request completed");
        stats.Intervals.Sum(i => i.Ok).Should().Be(stats.Ok);
        stats.LogEntries.Should().NotBeEmpty();
        result.ExitCode.Should().Be(stats.Dropped == 0 ? 0 : 1);
    }

    [Fact]
    public async Task A_closed_model_run_with_n_copies_uses_exactly_n_connections()
    {
        await using var server = await EchoServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        using var http = HttpTarget.Create(server.BaseAddress, 4);
        var scenario = EchoBaseline.Scenario(http.Client, "echo")
            .WithoutWarmUp()
            .WithLoadSimulations(Simulation.KeepConstant(4, TimeSpan.FromSeconds(1)));

        var result = await LoadRunner.RegisterScenarios(scenario).WithoutProgress().RunAsync(TestContext.Current.CancellationToken);

        var stats = result.Scenarios.Should().ContainSingle().Subject;
        stats.Model.Should().Be("closed");
        stats.Ok.Should().BeGreaterThan(4);
        stats.Failed.Should().Be(0);
        server.ConnectionsAccepted.Should().Be(4);
    }

    [Fact]
    public async Task Init_and_clean_run_once_and_the_context_counts_invocations()
    {
        var calls = new List<string>();
        long maxInvocation = 0;
        var scenario = Scenario.Create("counting", ctx =>
            {
                Interlocked.Exchange(ref maxInvocation, Math.Max(Interlocked.Read(ref maxInvocation), ctx.InvocationNumber));
                return Task.FromResult<IResponse>(ctx.InvocationNumber % 10 == 0 ? Response.Fail("teapot", "every tenth") : Response.Ok());
            })
            .WithInit(ctx => { calls.Add("init " + ctx.ScenarioInfo.ScenarioName); return Task.CompletedTask; })
            .WithClean(_ => { calls.Add("clean"); return Task.CompletedTask; })
            .WithoutWarmUp()
            .WithLoadSimulations(Simulation.Inject(50, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1)));

        var result = await LoadRunner.RegisterScenarios(scenario)
            .WithoutProgress()
            .WithSettings(new Execution.RunSettings { MaxLag = TimeSpan.FromSeconds(30) })
            .RunAsync(TestContext.Current.CancellationToken);

        calls.Should().Equal("init counting", "clean");
        maxInvocation.Should().Be(50);
        var stats = result.Scenarios[0];
        stats.Failed.Should().Be(5);
        stats.Failures.Should().Equal(new Dictionary<string, long> { ["teapot"] = 5 });
        stats.FailureMessages["teapot"].Should().Be("every tenth");
    }

    [Fact]
    public async Task An_exception_in_the_scenario_is_a_counted_failure_not_a_crash()
    {
        var scenario = Scenario.Create("throws", _ => throw new InvalidOperationException("boom"))
            .WithoutWarmUp()
            .WithLoadSimulations(Simulation.KeepConstant(2, TimeSpan.FromMilliseconds(200)));

        var result = await LoadRunner.RegisterScenarios(scenario).WithoutProgress().RunAsync(TestContext.Current.CancellationToken);

        result.Scenarios[0].Ok.Should().Be(0);
        result.Scenarios[0].Failed.Should().BeGreaterThan(0);
        result.Scenarios[0].FailureMessages["exception"].Should().Be("InvalidOperationException: boom");
    }
}
