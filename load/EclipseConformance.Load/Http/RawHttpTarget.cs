using System.Net;
using System.Net.Sockets;
using System.Runtime.CompilerServices;

namespace EclipseConformance.Load.Http;

/// <summary>
/// The lean HTTP/1.1 client for one scenario: one keep-alive connection per scenario copy
/// (<see cref="ScenarioInfo.InstanceNumber"/>: a closed-model loop or an open-model worker slot), so N copies
/// use at most N connections. Plain HTTP only (load targets are on loopback). Use one per scenario.
/// </summary>
public sealed class RawHttpTarget : IAsyncDisposable
{
    private readonly Http1Connection?[] _connections;
    private readonly EndPoint _endPoint;

    private RawHttpTarget(Uri baseAddress, EndPoint endPoint, int maxConnections)
    {
        BaseAddress = baseAddress;
        _endPoint = endPoint;
        _connections = new Http1Connection?[maxConnections];
    }

    public Uri BaseAddress { get; }

    public int MaxConnections => _connections.Length;

    /// <summary>TCP connections opened so far (reconnects included).</summary>
    public long Connects => _connections.Sum(c => c?.Connects ?? 0);

    public static async Task<RawHttpTarget> CreateAsync(Uri baseAddress, int maxConnections, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(baseAddress);
        if (baseAddress.Scheme != Uri.UriSchemeHttp)
        {
            throw new ArgumentException("The lean client speaks plain HTTP only; use HttpTarget for HTTPS.", nameof(baseAddress));
        }

        if (maxConnections is < 1 or > HttpTarget.MaxConnectionsLimit)
        {
            throw new ArgumentOutOfRangeException(nameof(maxConnections), maxConnections, $"Connections are between 1 and {HttpTarget.MaxConnectionsLimit}.");
        }

        var addresses = IPAddress.TryParse(baseAddress.Host, out var ip) ? [ip] : await Dns.GetHostAddressesAsync(baseAddress.DnsSafeHost, cancellationToken);
        var address = addresses.FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork) ?? addresses.First();
        return new RawHttpTarget(baseAddress, new IPEndPoint(address, baseAddress.Port), maxConnections);
    }

    /// <summary>Sends a prebuilt request on this scenario copy's connection and maps the status to a response.</summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public async ValueTask<IResponse> Send(IScenarioContext context, ReadOnlyMemory<byte> request)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = await SendRawAsync(context.ScenarioInfo.InstanceNumber, request, context.ScenarioCancellationToken);
        var code = Http.StatusCodeText(response.StatusCode);
        return response.IsSuccess ? Response.Ok(code, response.BodyBytes) : Response.Fail(code, string.Empty, response.BodyBytes);
    }

    public ValueTask<RawHttpResponse> SendRawAsync(int connection, ReadOnlyMemory<byte> request, CancellationToken cancellationToken)
    {
        if (connection < 0 || connection >= _connections.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(connection), connection, $"This target has {_connections.Length} connections.");
        }

        var http = _connections[connection] ??= new Http1Connection(_endPoint);
        return http.SendAsync(request, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in _connections)
        {
            if (connection is not null)
            {
                await connection.DisposeAsync();
            }
        }
    }
}
