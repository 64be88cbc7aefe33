using System.Globalization;
using System.Net.Http.Headers;
using EclipseConformance.Load.Eclipse.Traffic;
using EclipseConformance.Load.Http;
using EclipseConformance.Load.Reporting;

namespace EclipseConformance.Load.WireMockStub;

/// <summary>
/// The WireMock.Net baseline scenario: the transfer request as the transfer scenario sends it (same path shape, an
/// Authorization header of a session token's length, a fresh body per request: two wallet ids, an amount and a
/// version-7 GUID key) against <see cref="WireMockStubServer"/>; success is the stub's 204. And the report section
/// comparing a transfer scenario with it.
/// </summary>
public static class WireMockBaseline
{
    public const string ScenarioName = "wiremock-stub";

    /// <summary>Relative to the stub's base address, no leading slash (the transfer scenario's form).</summary>
    public const string TransferPath = "eclipse-conductor/rest/v1/tenants/1001/wallets/transfers";

    /// <summary>
    /// A JWT-shaped bearer token about as long as the engine's session tokens (PS256 with a 2048-bit key: a 342-character
    /// signature; the payload length is estimated from the engine's claims, about 470 characters); the stub does not read it.
    /// </summary>
    public static readonly string Authorization = "Bearer eyJhbGciOiJQUzI1NiIsInR5cCI6IkpXVCJ9." + new string('x', 470) + "." + new string('y', 342);

    private static readonly MediaTypeHeaderValue Json = new("application/json");

    /// <summary>Through the lean HTTP/1.1 client: one keep-alive socket and one request buffer per scenario copy.</summary>
    public static ScenarioProps Scenario(RawHttpTarget target, TimeProvider time, string name = ScenarioName)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(time);
        var basePath = target.BaseAddress.AbsolutePath.EndsWith('/') ? target.BaseAddress.AbsolutePath : target.BaseAddress.AbsolutePath + "/";
        var host = target.BaseAddress.IsDefaultPort ? target.BaseAddress.Host : $"{target.BaseAddress.Host}:{target.BaseAddress.Port}";
        var copies = new Copy[target.MaxConnections];
        for (var i = 0; i < copies.Length; i++)
        {
            copies[i] = new Copy(new RawRequestWriter(basePath, host), (ulong)i);
        }

        return Load.Scenario.Create(name, async context =>
        {
            var copy = copies[context.ScenarioInfo.InstanceNumber];
            var length = copy.NextBody(time);
            var response = await target.SendRawAsync(
                context.ScenarioInfo.InstanceNumber, copy.Writer.Write("POST", TransferPath, Authorization, copy.Body.AsSpan(0, length)), context.ScenarioCancellationToken);
            return ToResponse(response.StatusCode, response.BodyBytes);
        });
    }

    /// <summary>The same request through HttpClient (<c>--client httpclient</c>).</summary>
    public static ScenarioProps Scenario(HttpClient client, int copies, TimeProvider time, string name = ScenarioName)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(time);
        var state = Enumerable.Range(0, copies).Select(i => new Copy(null, (ulong)i)).ToArray();
        return Load.Scenario.Create(name, async context =>
        {
            var copy = state[context.ScenarioInfo.InstanceNumber];
            var length = copy.NextBody(time);
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(TransferPath, UriKind.Relative));
            request.Headers.TryAddWithoutValidation("Authorization", Authorization);
            request.Content = new ReadOnlyMemoryContent(copy.Body.AsMemory(0, length)) { Headers = { ContentType = Json } };
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, context.ScenarioCancellationToken);
            var body = await response.Content.ReadAsByteArrayAsync(context.ScenarioCancellationToken);
            return ToResponse((int)response.StatusCode, body.Length);
        });
    }

    /// <summary>204 is the stub's (and the engine's) answer to a transfer; anything else means the request missed the stub.</summary>
    public static IResponse ToResponse(int statusCode, long bodyBytes)
    {
        var code = Http.Http.StatusCodeText(statusCode);
        return statusCode == WireMockStubServer.TransferStatus
            ? Response.Ok(code, bodyBytes)
            : Response.Fail(code, string.Create(CultureInfo.InvariantCulture, $"the stub answered {statusCode}, not {WireMockStubServer.TransferStatus}"), bodyBytes);
    }

    /// <summary>Throughput and latency of <paramref name="scenario"/> next to the WireMock.Net stub of the same run.</summary>
    public static ReportSection Comparison(RunResult result, string scenario, string stubScenario = ScenarioName)
    {
        ArgumentNullException.ThrowIfNull(result);
        var subject = result.Scenarios.Single(s => s.Name == scenario);
        var stub = result.Scenarios.Single(s => s.Name == stubScenario);
        var ratio = stub.OkPerSecond <= 0 ? double.NaN : subject.OkPerSecond / stub.OkPerSecond;
        return ReportSection.Info(
            $"Ratio of {scenario} to the WireMock.Net static stub",
            ($"{scenario} ok/s", Fmt.Num(subject.OkPerSecond)),
            ($"{stubScenario} ok/s", Fmt.Num(stub.OkPerSecond)),
            ("throughput ratio (≥ 1: at least as fast as the stub)", Fmt.Num(ratio, "0.000")),
            ($"{scenario} p50 / p99 ms", $"{Fmt.Ms(subject.LatencyMs(50))} / {Fmt.Ms(subject.LatencyMs(99))}"),
            ($"{stubScenario} p50 / p99 ms", $"{Fmt.Ms(stub.LatencyMs(50))} / {Fmt.Ms(stub.LatencyMs(99))}"),
            ($"{stubScenario} failed requests", Fmt.Int(stub.Failed)));
    }

    /// <summary>One scenario copy's request state: its writer (lean client), body buffer and random stream.</summary>
    private sealed class Copy(RawRequestWriter? writer, ulong index)
    {
        private SplitMix64 _random = new(0x5EED_0F_57AB ^ (index * 0x9E3779B97F4A7C15UL));

        public RawRequestWriter Writer => writer!;

        public byte[] Body { get; } = new byte[TransferJson.MaxLength];

        public int NextBody(TimeProvider time)
        {
            var from = 2_000_000 + _random.Below(1000);
            var to = 2_000_000 + ((from - 2_000_000 + 1 + _random.Below(999)) % 1000);
            return TransferJson.Write(Body, from, to, _random.Between(1, 10_000), "load wiremock"u8, Guid.CreateVersion7(time.GetUtcNow()));
        }
    }
}
