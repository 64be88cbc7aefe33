namespace EclipseConformance.Engine.Withdrawals;

public static class WithdrawalsRegistration
{
    /// <summary>Withdrawals (issue 5): creation, lifecycle, token delivery, sweeper. Needs the ledger, webhooks, control and rules.</summary>
    public static IServiceCollection AddWithdrawals(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WithdrawalsOptions>().Bind(configuration.GetSection(WithdrawalsOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddHttpClient(WithdrawalUpstreams.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, PooledConnectionLifetime = TimeSpan.FromMinutes(2) });
        services.AddSingleton<WithdrawalStore>();
        services.AddSingleton<WithdrawalTaskStore>();
        services.AddSingleton<WithdrawalAccounts>();
        services.AddSingleton<GatewayKey>();
        services.AddSingleton<EngineAddress>();
        services.AddSingleton<WithdrawalUpstreams>();
        services.AddSingleton<WithdrawalLifecycle>();
        services.AddSingleton<WithdrawalDelivery>();
        services.AddSingleton<WithdrawalCreation>();
        services.AddSingleton<WithdrawalSweeper>();
        services.AddHostedService(sp => sp.GetRequiredService<WithdrawalSweeper>());
        services.AddSingleton<WithdrawalDeliveryWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<WithdrawalDeliveryWorker>());
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, WithdrawalsJsonContext.Default));
        services.AddSingleton<Control.Reset.IResetParticipant, WithdrawalsResetParticipant>();
        return services;
    }

    public static IEndpointRouteBuilder MapWithdrawals(this IEndpointRouteBuilder app) => app.MapWithdrawalsApi().MapWithdrawalsControl();
}
