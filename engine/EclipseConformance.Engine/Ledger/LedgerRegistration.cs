namespace EclipseConformance.Engine.Ledger;

public static class LedgerRegistration
{
    public static IServiceCollection AddLedger(this IServiceCollection services)
    {
        services.AddSingleton<PostingEngine>();
        return services;
    }
}
