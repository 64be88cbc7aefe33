using System.Net;

namespace EclipseConformance.Load.Http;

/// <summary>
/// One shared <see cref="SocketsHttpHandler"/> per target with a hard connection limit, so a closed-model run
/// with N loops uses exactly N pooled connections and an open-model run at most
/// <see cref="MaxConnections"/>. HTTP/1.1, no proxy, no cookies, no redirects, no tracing headers.
/// </summary>
public sealed class HttpTarget : IDisposable
{
    public const int MaxConnectionsLimit = 10_000;

    private HttpTarget(Uri baseAddress, int maxConnections, HttpClient client)
    {
        BaseAddress = baseAddress;
        MaxConnections = maxConnections;
        Client = client;
    }

    public Uri BaseAddress { get; }

    public int MaxConnections { get; }

    public HttpClient Client { get; }

    public static HttpTarget Create(Uri baseAddress, int maxConnections, TimeSpan? requestTimeout = null)
    {
        ArgumentNullException.ThrowIfNull(baseAddress);
        if (maxConnections is < 1 or > MaxConnectionsLimit)
        {
            throw new ArgumentOutOfRangeException(nameof(maxConnections), maxConnections, $"Connections are between 1 and {MaxConnectionsLimit}.");
        }

        var timeout = requestTimeout ?? TimeSpan.FromSeconds(30);
        if (timeout <= TimeSpan.Zero || timeout > TimeSpan.FromSeconds(60))
        {
            throw new ArgumentOutOfRangeException(nameof(requestTimeout), timeout, "The request timeout is more than 0 and at most 60 s.");
        }

        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = maxConnections,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(2),
            ConnectTimeout = TimeSpan.FromSeconds(5),
            UseCookies = false,
            UseProxy = false,
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
            ActivityHeadersPropagator = null,
        };
        var client = new HttpClient(handler, disposeHandler: true)
        {
            BaseAddress = baseAddress,
            Timeout = timeout,
            DefaultRequestVersion = HttpVersion.Version11,
            DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
        return new HttpTarget(baseAddress, maxConnections, client);
    }

    public void Dispose() => Client.Dispose();
}
