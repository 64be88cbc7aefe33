namespace EclipseConformance.Engine.Vas;

public static class PayAtRegistration
{
    /// <summary>Pay@ (partner 14): options <c>Vas:PayAt</c>, its catalog and the provider.</summary>
    public static IServiceCollection AddPayAtProvider(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PayAtOptions>().Bind(configuration.GetSection(PayAtOptions.Section));
        services.AddVasJsonClient();
        services.AddSingleton<CachedCatalog<PayAtCatalog.Snapshot>>();
        services.AddSingleton<PayAtCatalog>();
        return services.AddVasProvider<PayAtProvider>();
    }
}
