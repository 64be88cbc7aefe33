using EclipseConformance.Engine.Primitives;

namespace EclipseConformance.Engine.Tenancy;

public static class TenancyRegistration
{
    public static IServiceCollection AddTenancy(this IServiceCollection services)
    {
        services.AddSingleton<TenantStore>();
        services.AddSingleton<TenantAccessFilter>();
        return services;
    }

    /// <summary>The route group every tenant-scoped feature maps under: <c>/eclipse-conductor/rest/v1/tenants/{tenantId}</c>.</summary>
    public static RouteGroupBuilder MapTenantGroup(this IEndpointRouteBuilder app) =>
        app.MapGroup(EclipseApi.BasePath + "/tenants/{tenantId:long}").AddEndpointFilter<TenantAccessFilter>();
}
