using EclipseConformance.Engine.Errors;
using EclipseConformance.Engine.Identity;

namespace EclipseConformance.Engine.Tenancy;

/// <summary>
/// Guards every <c>/tenants/{tenantId}/...</c> route: a caller may act only in its own tenant (a global admin in
/// any). A tenant never sees another tenant's customers or wallets; resources of another tenant reached through
/// the caller's own tenant path are answered 404 by the features (hiding existence).
/// </summary>
public sealed class TenantAccessFilter(TenantStore tenants) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (Caller.Of(http) is not { } caller)
        {
            return ApiError.Unauthorized().ToResult();
        }

        if (!long.TryParse(http.Request.RouteValues["tenantId"]?.ToString(), System.Globalization.CultureInfo.InvariantCulture, out var tenantId))
        {
            return ApiError.Validation("tenantId must be a number").ToResult();
        }

        if (caller.IsGlobalAdmin)
        {
            return await tenants.FindAsync(tenantId, http.RequestAborted) is null
                ? ApiError.NotFound("Tenant").ToResult()
                : await next(context);
        }

        if (caller.TenantId != tenantId || caller.Roles.Count == 1 && caller.IsSimulatorAdmin)
        {
            return ApiError.Forbidden($"Not allowed to act in tenant {tenantId}").ToResult();
        }

        return await next(context);
    }
}
