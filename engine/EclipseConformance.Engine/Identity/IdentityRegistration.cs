using Microsoft.AspNetCore.Authentication;

namespace EclipseConformance.Engine.Identity;

public static class IdentityRegistration
{
    public const string SimulatorAdminPolicy = "SimulatorAdmin";
    public const string GlobalLookupPolicy = "GlobalLookup";

    public static IServiceCollection AddIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<IdentityOptions>()
            .Bind(configuration.GetSection(IdentityOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<SigningKeys>();
        services.AddSingleton<TokenService>();
        services.AddSingleton<PasswordHasher>();
        services.AddSingleton<IdentityStore>();
        services.AddSingleton<LoginService>();
        services.AddSingleton<BasicCredentials>();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, IdentityJsonContext.Default));

        services.AddAuthentication(EclipseAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, EclipseAuthenticationHandler>(EclipseAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(SimulatorAdminPolicy, p => p.RequireRole(Roles.SimulatorAdmin))
            .AddPolicy(GlobalLookupPolicy, p => p.RequireRole(Roles.GlobalIntegrator, Roles.GlobalAdmin));
        return services;
    }
}
