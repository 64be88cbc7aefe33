using EclipseConformance.Load.Profiles;
using WireMock.Server;
using WireMock.Settings;
using WmRequest = WireMock.RequestBuilders.Request;
using WmResponse = WireMock.ResponseBuilders.Response;

namespace EclipseConformance.Load.WireMockStub;

/// <summary>
/// The stateless tool a user might pick instead of the engine (issues 3 and 11): a WireMock.Net server with its
/// DEFAULT settings (only the listen URL is set) and one static stub, <c>POST
/// /eclipse-conductor/rest/v1/tenants/*/wallets/transfers</c> → 204 No Content, the engine's answer to an accepted
/// transfer. Defaults mean what a user gets out of the box: WireMock.Net keeps every request in its request log
/// (no <c>MaxRequestLogCount</c>, no expiry) and matches each request against its mappings; nothing is tuned away.
/// </summary>
public sealed class WireMockStubServer : ILoadTarget
{
    /// <summary>The stub's path pattern (WireMock.Net's default wildcard matcher).</summary>
    public const string TransferPath = "/eclipse-conductor/rest/v1/tenants/*/wallets/transfers";

    /// <summary>What the stub answers: the engine's status for an accepted transfer, no body.</summary>
    public const int TransferStatus = 204;

    private readonly WireMockServer _server;

    private WireMockStubServer(WireMockServer server, Uri baseAddress)
    {
        _server = server;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public string Description => $"in-process WireMock.Net static stub at {BaseAddress}";

    /// <summary>Requests WireMock.Net has kept in its request log (default settings keep them all).</summary>
    public int RequestLogCount => _server.LogEntries.Count;

    public static WireMockStubServer Start(WireMockStubOptions? options = null)
    {
        options ??= new WireMockStubOptions();
        options.Validate();
        var server = WireMockServer.Start(new WireMockServerSettings { Urls = [$"http://{options.Host}:{options.Port}"] });
        try
        {
            server.Given(WmRequest.Create().WithPath(TransferPath).UsingPost())
                .RespondWith(WmResponse.Create().WithStatusCode(TransferStatus));
            var url = server.Urls.FirstOrDefault() ?? throw new InvalidOperationException("WireMock.Net reported no URL.");
            return new WireMockStubServer(server, new Uri(url.EndsWith('/') ? url : url + "/"));
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    public ValueTask DisposeAsync()
    {
        _server.Stop();
        _server.Dispose();
        return ValueTask.CompletedTask;
    }
}
