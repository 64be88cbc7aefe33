namespace EclipseConformance.Engine.Lookup;

public static class LookupRegistration
{
    public static IServiceCollection AddLookup(this IServiceCollection services)
    {
        services.AddSingleton<LookupStore>();
        services.AddSingleton<WalletLookup>();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, LookupJsonContext.Default));
        return services;
    }
}
