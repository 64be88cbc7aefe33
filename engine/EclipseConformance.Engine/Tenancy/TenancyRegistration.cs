using EclipseConformance.Engine.Errors;
using EclipseConformance.Engine.Primitives;

namespace EclipseConformance.Engine.Tenancy;

public static class TenancyRegistration
{
    public static IServiceCollection AddTenancy(this IServiceCollection services)
    {
        services.AddSingleton<TenantStore>();
        services.AddSingleton<TenantAccessFilter>();
        services.AddSingleton<TenantConfigStore>();
        services.AddSingleton<ITenantConfig>(sp => sp.GetRequiredService<TenantConfigStore>());
        return services;
    }

    /// <summary>
    /// The route group every tenant-scoped feature maps under: <c>/eclipse-conductor/rest/v1/tenants/{tenantId}</c>,
    /// authenticated and guarded by <see cref="TenantAccessFilter"/>. (Authorization is explicit per group rather than a
    /// fallback policy, so routing's own 404/405/415 answers are not turned into 401s for anonymous callers.)
    /// </summary>
    public static RouteGroupBuilder MapTenantGroup(this IEndpointRouteBuilder app) =>
        app.MapGroup(EclipseApi.BasePath + "/tenants/{tenantId:long}").RequireAuthorization().AddEndpointFilter<TenantAccessFilter>().WithErrorEnvelope(400, 401, 403, 404, 409, 429);
}
