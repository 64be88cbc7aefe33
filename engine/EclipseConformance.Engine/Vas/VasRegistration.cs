using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EclipseConformance.Engine.Vas;

public static class VasRegistration
{
    /// <summary>
    /// VAS: catalog, payments, the flows' state machines and drivers, the work processor, and the FrontierWeb provider.
    /// Needs the ledger, webhooks, rules and the hosted simulators' endpoints.
    /// </summary>
    public static IServiceCollection AddVas(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<VasOptions>().Bind(configuration.GetSection(VasOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddHttpClient(FrontierWebClient.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                UseCookies = false,
                PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            });

        services.AddSingleton<PaymentStore>();
        services.AddSingleton<PaymentService>();
        services.AddSingleton<PaymentResponses>();
        services.AddSingleton<CatalogService>();
        services.AddSingleton<VasProviderRegistry>();
        services.AddSingleton<VasSettlementConfig>();
        services.AddSingleton<VasMoney>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IVasFlowDriver, SinglePostDriver>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IVasFlowDriver, TwoStepDriver>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IVasFlowDriver, PendingDriver>());
        services.AddSingleton<VasFlowDrivers>();
        services.AddSingleton<VasTransitions>();
        services.AddSingleton<VasWorkSignal>();
        services.AddSingleton<VasWorkRunner>();
        services.AddSingleton<VasWorkQueue>();
        services.AddSingleton<VasWorkProcessor>();
        services.AddHostedService(sp => sp.GetRequiredService<VasWorkProcessor>());

        services.AddSingleton<FrontierWebClient>();
        services.AddSingleton<FrontierCatalog>();
        services.AddVasProvider<FrontierWebProvider>();
        services.AddDtbVas(configuration);
        services.AddVasNetworkLookup(configuration);
        services.AddScanToPay(configuration);
        services.AddAcs(configuration);
        services.AddKganya(configuration);
        services.AddPayAtProvider(configuration);
        services.AddEasyPayProvider(configuration);
        services.AddCellulantProvider(configuration);
        services.AddSingleton<Control.Reset.IResetParticipant, VasResetParticipant>();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, VasJsonContext.Default));
        return services;
    }

    /// <summary>Registers a VAS provider (issue 7's providers plug in here: one line each).</summary>
    public static IServiceCollection AddVasProvider<TProvider>(this IServiceCollection services)
        where TProvider : class, IVasProvider
    {
        services.AddSingleton<TProvider>();
        services.AddSingleton<IVasProvider>(sp => sp.GetRequiredService<TProvider>());
        return services;
    }
}
