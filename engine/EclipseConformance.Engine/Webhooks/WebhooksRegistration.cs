namespace EclipseConformance.Engine.Webhooks;

public static class WebhooksRegistration
{
    public static IServiceCollection AddWebhooks(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WebhooksOptions>().Bind(configuration.GetSection(WebhooksOptions.Section)).ValidateDataAnnotations().ValidateOnStart();

        // No resilience handlers: a failed attempt is retried by the outbox on Eclipse's schedule, never by the client.
        services.AddHttpClient(CallbackDelivery.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                UseCookies = false,
                PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            });

        services.AddSingleton<CallbackSignal>();
        services.AddSingleton<CallbackStore>();
        services.AddSingleton<CallbackOutbox>();
        services.AddSingleton<WalletMovementNotifier>();
        services.AddSingleton<CallbackHeaders>();
        services.AddSingleton<CallbackDelivery>();
        services.AddSingleton<CallbackInspection>();
        services.AddSingleton<CallbackRedelivery>();
        services.AddSingleton<CallbackDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<CallbackDispatcher>());
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, WebhooksJsonContext.Default));
        return services;
    }

    /// <summary>The optional inbound signature check; goes right after authentication (it needs the caller).</summary>
    public static IApplicationBuilder UseInboundSignatures(this IApplicationBuilder app) => app.UseMiddleware<InboundSignatureMiddleware>();
}
