namespace EclipseConformance.Engine.Vas;

public static class ScanToPayRegistration
{
    /// <summary>Scan to Pay (partner 5): its options, client and provider; needs <see cref="NetworkLookupRegistration.AddVasNetworkLookup"/>.</summary>
    public static IServiceCollection AddScanToPay(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ScanToPayOptions>().Bind(configuration.GetSection(ScanToPayOptions.Section));
        services.AddJsonUpstreamClient();
        services.AddSingleton<ScanToPayClient>();
        return services.AddVasProvider<ScanToPayProvider>();
    }
}
