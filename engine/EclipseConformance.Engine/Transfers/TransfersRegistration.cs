namespace EclipseConformance.Engine.Transfers;

public static class TransfersRegistration
{
    public static IServiceCollection AddTransfers(this IServiceCollection services)
    {
        services.AddSingleton<TransferService>();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, TransfersJsonContext.Default));
        return services;
    }
}
