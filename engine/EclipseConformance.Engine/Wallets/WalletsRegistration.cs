namespace EclipseConformance.Engine.Wallets;

public static class WalletsRegistration
{
    public static IServiceCollection AddWallets(this IServiceCollection services)
    {
        services.AddSingleton<WalletStore>();
        services.AddSingleton<WalletService>();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, WalletsJsonContext.Default));
        return services;
    }
}
