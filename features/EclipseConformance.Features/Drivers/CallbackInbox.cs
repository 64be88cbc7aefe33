using System.Collections.Concurrent;
using System.Text;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace EclipseConformance.Features.Drivers;

/// <summary>
/// The channel's callback endpoint for one scenario: a real WireMock.Net server on a loopback port, answering 200
/// (or, when told, a failure status to the first N callbacks, as a channel that is down would).
/// </summary>
public sealed class CallbackInbox : IDisposable
{
    private readonly ConcurrentQueue<(string Body, string? Signature)> _received = new();
    private WireMockServer? _server;
    private int _failuresLeft;
    private int _failureStatus = 500;

    public string Url => (_server ?? throw new InvalidOperationException("The receiver was not started")).Url + "/eclipse/callbacks";

    public IReadOnlyList<(string Body, string? Signature)> Received => _received.ToArray();

    public void Start()
    {
        _server = WireMockServer.Start(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"], StartAdminInterface = false });
        _server.Given(Request.Create().WithPath("/eclipse/callbacks").UsingPost()).RespondWith(Response.Create().WithCallback(request =>
        {
            var body = request.BodyAsBytes is { } bytes ? Encoding.UTF8.GetString(bytes) : request.Body ?? "";
            _received.Enqueue((body, request.Headers?.TryGetValue("Eclipse-Signature", out var signature) == true ? signature[0] : null));
            return new WireMock.ResponseMessage { StatusCode = Interlocked.Decrement(ref _failuresLeft) >= 0 ? _failureStatus : 200 };
        }));
    }

    /// <summary>Answers <paramref name="status"/> instead of 200 to the next <paramref name="count"/> callbacks.</summary>
    public void FailNext(int count, int status)
    {
        _failureStatus = status;
        Volatile.Write(ref _failuresLeft, count);
    }

    /// <summary>Waits (real time, bounded) until at least <paramref name="count"/> callbacks arrived; how many did.</summary>
    public async Task<int> AwaitCountAsync(int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (_received.Count < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        return _received.Count;
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
