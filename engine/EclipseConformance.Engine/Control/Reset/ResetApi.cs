using EclipseConformance.Engine.Errors;
using EclipseConformance.Engine.Identity;
using EclipseConformance.Engine.Primitives;

namespace EclipseConformance.Engine.Control.Reset;

/// <summary><c>POST /sim/v1/reset</c> (a fresh world) and <c>POST /sim/v1/reset?tenantId=…</c> (one tenant back to its seed).</summary>
public static class ResetApi
{
    public static IEndpointRouteBuilder MapReset(this IEndpointRouteBuilder app)
    {
        app.MapPost(EclipseApi.ControlPath + "/reset", async (long? tenantId, WorldReset world, TenantReset tenant, CancellationToken ct) =>
            {
                if (tenantId is null)
                {
                    return Results.Ok(await world.ResetAllAsync(ct));
                }

                return await tenant.ResetAsync(tenantId.Value, ct) is { } report ? Results.Ok(report) : ApiError.NotFound("Tenant").ToResult();
            })
            .RequireAuthorization(IdentityRegistration.SimulatorAdminPolicy)
            .WithTags("Control")
            .WithSummary("Reset the whole world (same ids as a first start), or one tenant to its seeded state");
        return app;
    }
}
