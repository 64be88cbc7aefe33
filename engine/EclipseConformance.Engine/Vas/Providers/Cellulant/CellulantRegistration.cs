namespace EclipseConformance.Engine.Vas;

public static class CellulantRegistration
{
    /// <summary>Cellulant (partner 17): options <c>Vas:Cellulant</c>, its Beep client, the per-tenant catalog and the provider.</summary>
    public static IServiceCollection AddCellulantProvider(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CellulantOptions>().Bind(configuration.GetSection(CellulantOptions.Section));
        services.AddVasJsonClient();
        services.AddSingleton<CellulantClient>();
        services.AddSingleton<CellulantCatalog>();
        return services.AddVasProvider<CellulantProvider>();
    }
}
