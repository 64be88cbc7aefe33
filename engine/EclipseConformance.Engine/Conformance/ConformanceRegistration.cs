using EclipseConformance.Engine.Control.Activity;

namespace EclipseConformance.Engine.Conformance;

public static class ConformanceRegistration
{
    /// <summary>
    /// The channel conformance report (ADR 0036): the checks in report order, the evaluator and its store reads; and the
    /// dashboard's read-only payment/withdrawal views (<c>Control/Activity</c>), which read the same traffic.
    /// </summary>
    public static IServiceCollection AddConformance(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ConformanceOptions>().Bind(configuration.GetSection(ConformanceOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IConformanceCheck, PaymentPollingCheck>();
        services.AddSingleton<IConformanceCheck, RetryAfterPendingCheck>();
        services.AddSingleton<IConformanceCheck, ReuseAfterFailureCheck>();
        services.AddSingleton<IConformanceCheck, RepeatedLookupCheck>();
        services.AddSingleton<IConformanceCheck, ExtraInfoFinalityCheck>();
        services.AddSingleton<IConformanceCheck, CallbackAcknowledgementCheck>();
        services.AddSingleton<IConformanceCheck, LoginPerCallCheck>();
        services.AddSingleton<ConformanceStoreReads>();
        services.AddSingleton<ConformanceEvaluator>();
        services.AddSingleton<ActivityQuery>();
        services.AddSingleton<ActivityHistory>();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, ConformanceJsonContext.Default));
        return services;
    }

    public static IEndpointRouteBuilder MapConformance(this IEndpointRouteBuilder app) => ConformanceApi.MapConformanceReport(app).MapActivity();
}
