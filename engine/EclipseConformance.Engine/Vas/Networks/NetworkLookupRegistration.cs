using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EclipseConformance.Engine.Vas;

public static class NetworkLookupRegistration
{
    /// <summary>
    /// The MSISDN network lookup (MNP over HTTP) and the JSON REST client the South African providers share
    /// (<see cref="JsonUpstreamClient"/>).
    /// </summary>
    public static IServiceCollection AddVasNetworkLookup(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MnpOptions>().Bind(configuration.GetSection(MnpOptions.Section));
        services.AddJsonUpstreamClient();
        services.TryAddSingleton<NetworkLookup>();
        return services;
    }

    /// <summary>The shared JSON REST upstream client and its HTTP client (idempotent).</summary>
    public static IServiceCollection AddJsonUpstreamClient(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(JsonUpstreamClient)))
        {
            return services;
        }

        services.AddHttpClient(JsonUpstreamClient.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                UseCookies = false,
                PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            });
        services.AddSingleton<JsonUpstreamClient>();
        return services;
    }
}
