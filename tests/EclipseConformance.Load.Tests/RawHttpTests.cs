using System.Text;
using EclipseConformance.Load.Echo;
using EclipseConformance.Load.Http;

namespace EclipseConformance.Load.Tests;

public sealed class RawHttpTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_lean_client_posts_to_the_echo_server_over_one_kept_alive_connection()
    {
        await using var server = await EchoServer.StartAsync(cancellationToken: Token);
        await using var target = await RawHttpTarget.CreateAsync(server.BaseAddress, 2, Token);
        var request = RawHttpRequest.Build("POST", server.BaseAddress, "echo", EchoBaseline.Body);

        var responses = new List<RawHttpResponse>();
        for (var i = 0; i < 20; i++)
        {
            responses.Add(await target.SendRawAsync(0, request, Token));
        }

        responses.Should().AllSatisfy(r => r.Should().Be(new RawHttpResponse(200, EchoBaseline.Body.Length)));
        server.ConnectionsAccepted.Should().Be(1);
        target.Connects.Should().Be(1);
    }

    [Fact]
    public async Task A_chunked_body_split_across_reads_is_consumed_and_the_connection_reused()
    {
        await using var server = new ScriptedHttpServer(
            ["HTTP/1.1 200 OK\r\nTransfer-", "Encoding: chunked\r\n\r\n5\r\nhel", "lo\r\n6;ext=1\r\n world\r\n0\r\nX-Trailer: y\r\n", "\r\n"],
            ["HTTP/1.1 204 No Content\r\nDate: x\r\n\r\n"]);
        await using var target = await RawHttpTarget.CreateAsync(server.BaseAddress, 1, Token);
        var get = RawHttpRequest.Build("GET", server.BaseAddress, "x");

        (await target.SendRawAsync(0, get, Token)).Should().Be(new RawHttpResponse(200, 11));
        (await target.SendRawAsync(0, get, Token)).Should().Be(new RawHttpResponse(204, 0));
        server.Connections.Should().Be(1);
    }

    [Fact]
    public async Task A_response_that_ends_with_connection_close_is_read_to_the_end_and_the_next_request_reconnects()
    {
        await using var server = new ScriptedHttpServer(
            ["HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n", "abc", "defg"],
            ["HTTP/1.1 503 Service Unavailable\r\ncontent-length: 2\r\n\r\nno"]);
        await using var target = await RawHttpTarget.CreateAsync(server.BaseAddress, 1, Token);
        var get = RawHttpRequest.Build("GET", server.BaseAddress, "x");

        (await target.SendRawAsync(0, get, Token)).Should().Be(new RawHttpResponse(200, 7));
        (await target.SendRawAsync(0, get, Token)).Should().Be(new RawHttpResponse(503, 2));
        target.Connects.Should().Be(2);
    }

    [Fact]
    public async Task A_connection_dropped_mid_exchange_is_an_error_and_is_not_retried()
    {
        await using var server = new ScriptedHttpServer(null, ["HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n"]);
        await using var target = await RawHttpTarget.CreateAsync(server.BaseAddress, 1, Token);
        var post = RawHttpRequest.Build("POST", server.BaseAddress, "transfers", "{}"u8);

        await FluentActions.Awaiting(() => target.SendRawAsync(0, post, Token).AsTask()).Should().ThrowAsync<IOException>();
        (await target.SendRawAsync(0, post, Token)).StatusCode.Should().Be(200, "the next request opens a new connection");
        target.Connects.Should().Be(2);
    }

    [Fact]
    public async Task Cancelling_a_request_that_gets_no_answer_fails_it_with_cancellation()
    {
        await using var server = new ScriptedHttpServer([], ["HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n"]);
        await using var target = await RawHttpTarget.CreateAsync(server.BaseAddress, 1, Token);
        var get = RawHttpRequest.Build("GET", server.BaseAddress, "x");
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(Token);
        cts.CancelAfter(TimeSpan.FromMilliseconds(200));

        await FluentActions.Awaiting(() => target.SendRawAsync(0, get, cts.Token).AsTask()).Should().ThrowAsync<OperationCanceledException>();
        (await target.SendRawAsync(0, get, Token)).StatusCode.Should().Be(200, "a new token works on a new connection");
    }

    [Fact]
    public void The_request_bytes_are_a_well_formed_http11_request()
    {
        var bytes = RawHttpRequest.Build("POST", new Uri("http://127.0.0.1:5080/base/"), "echo?x=1", "{}"u8,
            headers: [KeyValuePair.Create("Authorization", "Bearer t")]);

        Encoding.ASCII.GetString(bytes).Should().Be(
            "POST /base/echo?x=1 HTTP/1.1\r\nHost: 127.0.0.1:5080\r\nAuthorization: Bearer t\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}");
    }

    [Theory]
    [InlineData("HTTP/1.1 200 OK\r\nContent-Length: 12", 200, 12, false, false)]
    [InlineData("HTTP/1.1 404 Not Found\r\nCONTENT-LENGTH:3\r\nConnection: close", 404, 3, false, true)]
    [InlineData("HTTP/1.1 200 OK\r\ntransfer-encoding: gzip, chunked", 200, -1, true, false)]
    [InlineData("HTTP/1.0 200 OK", 200, -1, false, true)]
    public void Response_heads_are_framed_from_their_headers(string head, int status, long length, bool chunked, bool close)
    {
        Http1ResponseHead.Parse(Encoding.ASCII.GetBytes(head)).Should().Be(new Http1ResponseHead(status, length, chunked, close));
    }

    [Theory]
    [InlineData("HTTP/2 200")]
    [InlineData("HTTP/1.1 2x0 OK")]
    [InlineData("HTTP/1.1 200 OK\r\nContent-Length: -1")]
    public void Malformed_heads_are_rejected(string head)
    {
        FluentActions.Invoking(() => Http1ResponseHead.Parse(Encoding.ASCII.GetBytes(head))).Should().Throw<InvalidDataException>();
    }
}
