namespace EclipseConformance.Engine.Ledger;

public static class LedgerRegistration
{
    public static IServiceCollection AddLedger(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LedgerOptions>().Bind(configuration.GetSection(LedgerOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ILedgerStore>(sp => sp.GetRequiredService<Storage.Database>().Provider == Storage.StoreProvider.Postgres
            ? new PostgresLedgerStore()
            : new SqliteLedgerStore());
        services.AddSingleton<PostingEngine>();
        services.AddSingleton<LedgerHolds>();
        services.AddSingleton<TransactionsQuery>();
        services.AddSingleton<LedgerInvariants>();
        services.AddSingleton<GroupCommitWriter>();
        services.AddHostedService(sp => sp.GetRequiredService<GroupCommitWriter>());
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, LedgerJsonContext.Default));
        return services;
    }
}
