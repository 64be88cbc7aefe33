using System.Net.Sockets;
using System.Text;
using EclipseConformance.Engine.Errors;
using EclipseConformance.TestKit;

namespace EclipseConformance.Engine.Tests.Errors;

/// <summary>
/// The request-line and header limits (ADR 0044): the engine's own limits answer 414 / 431 with the envelope; only what
/// Kestrel refuses before the application runs (malformed framing, an encoded NUL in the path, limits eight times the
/// product's) is answered with an empty body.
/// </summary>
public sealed class RequestLimitsTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    [Fact]
    public async Task A_request_line_over_8_KiB_is_refused_with_414_and_the_envelope()
    {
        using var anonymous = engine.Anonymous();

        var response = await anonymous.GetAsync("/sim/v1/health?x=" + new string('q', 8_200));

        response.Code.Should().Be(414);
        response.IsEnvelope().Should().BeTrue(response.Text);
        response.ErrorCode.Should().Be("VAL001");
    }

    [Fact]
    public async Task A_request_line_just_under_the_limit_is_served()
    {
        using var anonymous = engine.Anonymous();
        // "GET " + "/sim/v1/health?x=" + value + " HTTP/1.1" = 8,192 bytes.
        var value = new string('q', 8_192 - "GET /sim/v1/health?x= HTTP/1.1".Length);

        var response = await anonymous.GetAsync("/sim/v1/health?x=" + value);

        response.Code.Should().Be(200, response.Text);
        (await anonymous.GetAsync("/sim/v1/health?x=" + value + "q")).Code.Should().Be(414);
    }

    [Theory]
    [InlineData("/sim/v1/journal?tenantId=1001%00")]
    [InlineData("/sim/v1/journal?tenantId=1001%0a")]
    [InlineData("/sim/v1/payments?tenantId=%1F1001")]
    [InlineData("/sim/v1/withdrawals?limit=5%7F")]
    public async Task A_query_string_that_encodes_a_control_character_is_refused_with_400_and_the_envelope(string target)
    {
        using var admin = engine.SimulatorAdmin();

        var response = await admin.GetAsync(target);

        response.Code.Should().Be(400, response.Text);
        response.IsEnvelope().Should().BeTrue(response.Text);
        response.ErrorCode.Should().Be("VAL001");
        response.Text.Should().Contain("control character");
    }

    [Theory]
    [InlineData("%00", true)]
    [InlineData("a=%1f", true)]
    [InlineData("a=%7F&b=1", true)]
    [InlineData("a=%20b%25%41", false)]
    [InlineData("a=%2", false)]
    [InlineData("a=%zz%", false)]
    [InlineData("name=Th%C3%A9o", false)]
    public void Encoded_control_characters_are_found_and_nothing_else(string query, bool expected) =>
        RequestLimitsMiddleware.EncodesControlCharacter(query).Should().Be(expected);

    [Theory]
    [InlineData("one field of 40 KiB", 1, 40_000)]
    [InlineData("101 small fields", 101, 10)]
    [InlineData("9 fields of 4 KiB", 9, 4_000)]
    public async Task Oversized_request_headers_are_refused_with_431_and_the_envelope(string why, int fields, int size)
    {
        using var anonymous = engine.Anonymous();
        using var request = new HttpRequestMessage(HttpMethod.Get, "sim/v1/health");
        for (var i = 0; i < fields; i++)
        {
            request.Headers.TryAddWithoutValidation($"X-Fuzz-{i}", new string('h', size)).Should().BeTrue();
        }

        var response = await anonymous.SendAsync(request);

        response.Code.Should().Be(431, why);
        response.IsEnvelope().Should().BeTrue(response.Text);
    }

    [Fact]
    public async Task Beyond_Kestrels_last_resort_limit_the_request_line_is_refused_with_an_empty_414()
    {
        using var anonymous = engine.Anonymous();

        var response = await anonymous.GetAsync("/sim/v1/health?x=" + new string('q', 70_000));

        response.Code.Should().Be(414);
        response.Text.Should().BeEmpty("Kestrel answers before any middleware runs (ADR 0044)");
        response.Headers.Should().NotContainKey("traceparent");
    }

    [Theory]
    [InlineData("an encoded NUL in the path", "GET /sim/v1/health%00 HTTP/1.1\r\nHost: x\r\n\r\n")]
    [InlineData("a request line without a protocol", "GET /sim/v1/health\r\nHost: x\r\n\r\n")]
    [InlineData("a header line without a colon", "GET /sim/v1/health HTTP/1.1\r\nHost: x\r\nno colon here\r\n\r\n")]
    public async Task What_Kestrel_cannot_parse_is_refused_with_an_empty_400(string why, string raw)
    {
        using var tcp = new TcpClient();
        var ct = TestContext.Current.CancellationToken;
        await tcp.ConnectAsync(engine.BaseAddress.Host, engine.BaseAddress.Port, ct);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(raw), ct);
        using var reader = new StreamReader(stream, Encoding.ASCII);

        var answer = await reader.ReadToEndAsync(ct);

        answer.Should().StartWith("HTTP/1.1 400 ", why);
        answer.Should().Contain("Content-Length: 0").And.NotContain("traceparent");
    }
}
