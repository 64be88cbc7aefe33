using EclipseConformance.Load.Http;
using EclipseConformance.Load.Reporting;

namespace EclipseConformance.Load.Echo;

/// <summary>
/// The echo scenario and the "ratio to echo" report section. A transfer profile registers
/// one of the <c>Scenario</c> overloads against an <see cref="EchoServer"/> in the same run (e.g. before its own
/// scenario, which then starts with a pause) and adds <see cref="Ratio"/> to its report.
/// </summary>
public static class EchoBaseline
{
    public const string ScenarioName = "echo-baseline";

    /// <summary>A transfer-sized JSON body (about 130 bytes).</summary>
    public static readonly byte[] Body =
        """{"fromWalletId":1001,"toWalletId":2002,"amount":"12.50","description":"load echo","externalUniqueId":"echo-000000000001"}"""u8.ToArray();

    /// <summary>POST /echo (relative to the client's base address); a body of another length counts as a failure.</summary>
    public static ScenarioProps Scenario(HttpClient client, string name = ScenarioName)
    {
        ArgumentNullException.ThrowIfNull(client);
        return Load.Scenario.Create(name, async context =>
        {
            var response = await Http.Http.Send(client, Http.Http.CreateRequest("POST", "echo").WithJsonBody(Body), context.ScenarioCancellationToken);
            return !response.IsError && response.SizeBytes != Body.Length
                ? Response.Fail("mismatch", $"echo answered {response.SizeBytes} bytes for {Body.Length}", response.SizeBytes)
                : response;
        });
    }

    /// <summary>The same request through the lean HTTP/1.1 client (prebuilt bytes, one socket per scenario copy).</summary>
    public static ScenarioProps Scenario(RawHttpTarget target, string name = ScenarioName)
    {
        ArgumentNullException.ThrowIfNull(target);
        var request = RawHttpRequest.Build("POST", target.BaseAddress, "echo", Body);
        return Load.Scenario.Create(name, async context =>
        {
            var response = await target.Send(context, request);
            return !response.IsError && response.SizeBytes != Body.Length
                ? Response.Fail("mismatch", $"echo answered {response.SizeBytes} bytes for {Body.Length}", response.SizeBytes)
                : response;
        });
    }

    /// <summary>Throughput and latency of <paramref name="scenario"/> relative to the echo scenario of the same run.</summary>
    public static ReportSection Ratio(RunResult result, string scenario, string echoScenario = ScenarioName)
    {
        ArgumentNullException.ThrowIfNull(result);
        var subject = result.Scenarios.Single(s => s.Name == scenario);
        var echo = result.Scenarios.Single(s => s.Name == echoScenario);
        var ratio = echo.OkPerSecond <= 0 ? double.NaN : subject.OkPerSecond / echo.OkPerSecond;
        return ReportSection.Info(
            $"Ratio of {scenario} to the echo endpoint",
            ($"{scenario} ok/s", Fmt.Num(subject.OkPerSecond)),
            ($"{echoScenario} ok/s", Fmt.Num(echo.OkPerSecond)),
            ("throughput ratio", Fmt.Num(ratio, "0.000")),
            ($"{scenario} p50 / p99 ms", $"{Fmt.Ms(subject.LatencyMs(50))} / {Fmt.Ms(subject.LatencyMs(99))}"),
            ($"{echoScenario} p50 / p99 ms", $"{Fmt.Ms(echo.LatencyMs(50))} / {Fmt.Ms(echo.LatencyMs(99))}"));
    }
}
