using System.Collections.Concurrent;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace EclipseConformance.Features.Drivers;

/// <summary>The channel's callback endpoint: a real WireMock.Net server on loopback that answers 200 and keeps every body.</summary>
public sealed class CallbackReceiver : IDisposable
{
    private readonly WireMockServer _server;
    private readonly ConcurrentQueue<string> _bodies = new();

    public CallbackReceiver()
    {
        _server = WireMockServer.Start(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"], StartAdminInterface = false, ReadStaticMappings = false });
        _server.Given(Request.Create().WithPath("/eclipse/vas/callback").UsingPost()).RespondWith(Response.Create().WithCallback(request =>
        {
            _bodies.Enqueue(request.Body ?? "");
            return new WireMock.ResponseMessage { StatusCode = 200 };
        }));
    }

    public string Url => _server.Url + "/eclipse/vas/callback";

    public IReadOnlyList<string> Bodies => _bodies.ToArray();

    /// <summary>Waits (real time, bounded) for the first callback.</summary>
    public async Task<string> FirstAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (_bodies.IsEmpty && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        return _bodies.TryPeek(out var body) ? body : throw new TimeoutException("No callback arrived");
    }

    public void Dispose()
    {
        _server.Stop();
        _server.Dispose();
    }
}
