namespace EclipseConformance.Engine.Vas;

public static class KganyaRegistration
{
    /// <summary>Kganya (partner 16): its options, client and provider.</summary>
    public static IServiceCollection AddKganya(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<KganyaOptions>().Bind(configuration.GetSection(KganyaOptions.Section));
        services.AddJsonUpstreamClient();
        services.AddSingleton<KganyaClient>();
        return services.AddVasProvider<KganyaProvider>();
    }
}
