namespace EclipseConformance.Engine.Vas;

public static class AcsRegistration
{
    /// <summary>ACS (partner 4): its options, client and provider; needs <see cref="NetworkLookupRegistration.AddVasNetworkLookup"/>.</summary>
    public static IServiceCollection AddAcs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AcsOptions>().Bind(configuration.GetSection(AcsOptions.Section));
        services.AddJsonUpstreamClient();
        services.AddSingleton<AcsClient>();
        return services.AddVasProvider<AcsProvider>();
    }
}
