using System.Collections.Concurrent;
using System.Text;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace EclipseConformance.Features.Drivers;

/// <summary>The channel's callback endpoint for one scenario: a real WireMock.Net server on a loopback port, answering 200.</summary>
public sealed class CallbackInbox : IDisposable
{
    private readonly ConcurrentQueue<(string Body, string? Signature)> _received = new();
    private WireMockServer? _server;

    public string Url => (_server ?? throw new InvalidOperationException("The receiver was not started")).Url + "/eclipse/callbacks";

    public IReadOnlyList<(string Body, string? Signature)> Received => _received.ToArray();

    public void Start()
    {
        _server = WireMockServer.Start(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"], StartAdminInterface = false });
        _server.Given(Request.Create().WithPath("/eclipse/callbacks").UsingPost()).RespondWith(Response.Create().WithCallback(request =>
        {
            var body = request.BodyAsBytes is { } bytes ? Encoding.UTF8.GetString(bytes) : request.Body ?? "";
            _received.Enqueue((body, request.Headers?.TryGetValue("Eclipse-Signature", out var signature) == true ? signature[0] : null));
            return new WireMock.ResponseMessage { StatusCode = 200 };
        }));
    }

    /// <summary>Waits (real time, bounded) for the first callback.</summary>
    public async Task<(string Body, string? Signature)> FirstAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (_received.IsEmpty)
        {
            await Task.Delay(20, timeout.Token);
        }

        return Received[0];
    }

    public void Dispose() => _server?.Stop();
}
