namespace EclipseConformance.Engine.Vas;

public static class EasyPayRegistration
{
    /// <summary>EasyPay (partner 15): options <c>Vas:EasyPay</c>, its catalog and the provider.</summary>
    public static IServiceCollection AddEasyPayProvider(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EasyPayOptions>().Bind(configuration.GetSection(EasyPayOptions.Section));
        services.AddVasJsonClient();
        services.AddSingleton<CachedCatalog<EasyPayCatalog.Snapshot>>();
        services.AddSingleton<EasyPayCatalog>();
        return services.AddVasProvider<EasyPayProvider>();
    }
}
