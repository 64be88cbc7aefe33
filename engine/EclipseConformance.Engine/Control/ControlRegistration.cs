using EclipseConformance.Engine.DemoWorld;

namespace EclipseConformance.Engine.Control;

public static class ControlRegistration
{
    public static IServiceCollection AddControl(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DemoWorldOptions>().Bind(configuration.GetSection(DemoWorldOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<DemoWorldSeeder>();
        services.AddSingleton<WalletFunding>();
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.TypeInfoResolverChain.Insert(0, ControlJsonContext.Default);
            o.SerializerOptions.TypeInfoResolverChain.Insert(0, DemoWorldJsonContext.Default);
        });
        return services;
    }
}
