using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EclipseConformance.Engine.Vas;

public static class VasJsonRegistration
{
    /// <summary>The shared HTTP client of the JSON providers (idempotent: each provider's registration calls it).</summary>
    public static IServiceCollection AddVasJsonClient(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(VasJsonClient)))
        {
            return services;
        }

        services.AddHttpClient(VasJsonClient.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                UseCookies = false,
                PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            });
        services.TryAddSingleton<VasJsonClient>();
        return services;
    }
}
