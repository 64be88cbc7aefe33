using EclipseConformance.Engine.Tenancy;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EclipseConformance.Engine.Rules;

public static class RulesRegistration
{
    /// <summary>
    /// Rule files, policies, decision rules, config-item layering and simulator behaviours. Must come after
    /// <c>AddTenancy</c> (it layers <see cref="ITenantConfig"/>) and <c>AddControl</c> (it needs the simulator set).
    /// </summary>
    public static IServiceCollection AddRules(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RulesOptions>().Bind(configuration.GetSection(RulesOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<BehaviourApplier>();
        services.AddSingleton<SimulatorSettingsApplier>();
        services.AddSingleton<RulesRuntime>();
        services.AddSingleton<IPolicies>(sp => sp.GetRequiredService<RulesRuntime>());
        services.AddSingleton<IRuleEvaluator>(sp => sp.GetRequiredService<RulesRuntime>());
        services.AddSingleton<LayeredTenantConfig>();
        services.Replace(ServiceDescriptor.Singleton<ITenantConfig>(sp => sp.GetRequiredService<LayeredTenantConfig>()));
        services.AddSingleton<EclipseConfig>();
        services.AddSingleton<ConfigItemWriter>();
        services.AddHostedService<RulesWatcher>();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, RulesJsonContext.Default));
        return services;
    }

    public static IEndpointRouteBuilder MapRules(this IEndpointRouteBuilder app) => app.MapRulesControl().MapConfigItems();
}
