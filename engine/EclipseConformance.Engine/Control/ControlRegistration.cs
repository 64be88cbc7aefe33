using EclipseConformance.Engine.DemoWorld;
using EclipseConformance.Simulators;

namespace EclipseConformance.Engine.Control;

public static class ControlRegistration
{
    public static IServiceCollection AddControl(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DemoWorldOptions>().Bind(configuration.GetSection(DemoWorldOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<DemoWorldSeeder>();
        services.AddSingleton<WalletFunding>();
        services.AddSingleton<TenantsOverviewQuery>();
        services.AddOptions<Journal.JournalOptions>().Bind(configuration.GetSection(Journal.JournalOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<Journal.RequestJournal>();
        services.AddSingleton<Reset.WorldReset>();
        services.AddSingleton<Reset.TenantReset>();
        services.AddSimulators(configuration);
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.TypeInfoResolverChain.Insert(0, ControlJsonContext.Default);
            o.SerializerOptions.TypeInfoResolverChain.Insert(0, DemoWorldJsonContext.Default);
        });
        return services;
    }

    /// <summary>The hosted upstream simulators: the <see cref="SimulatorSet"/> singleton, its start/stop, and their base URLs.</summary>
    public static IServiceCollection AddSimulators(this IServiceCollection services, IConfiguration configuration)
    {
        var (host, set) = SimulatorsOptions.Read(configuration);
        services.AddSingleton(host);
        services.AddOptions<FioranoSimulatorOptions>().Bind(configuration.GetSection(FioranoSimulatorOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => new SimulatorSet(
            set,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILoggerFactory>(),
            host.LatencyClock == LatencyClockKind.Real ? TimeProvider.System : null));
        services.AddSingleton<SimulatorEndpoints>();
        services.AddHostedService<SimulatorsHost>();
        return services;
    }
}
