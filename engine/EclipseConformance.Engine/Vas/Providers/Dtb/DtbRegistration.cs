namespace EclipseConformance.Engine.Vas;

public static class DtbRegistration
{
    /// <summary>DTB Kenya (19) and Uganda (21) over the Fiorano gateway (section <c>Vas:Dtb</c>; default: the hosted simulator).</summary>
    public static IServiceCollection AddDtbVas(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DtbOptions>().Bind(configuration.GetSection(DtbOptions.Section));
        services.AddHttpClient(FioranoClient.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                UseCookies = false,
                PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            });
        services.AddSingleton<FioranoClient>();
        services.AddSingleton<DtbSourceTypes>();
        services.AddVasProvider<DtbKenyaProvider>();
        services.AddVasProvider<DtbUgandaProvider>();
        return services;
    }
}
