using EclipseConformance.Engine.DemoWorld;
using EclipseConformance.Engine.Errors;
using EclipseConformance.Engine.Identity;
using EclipseConformance.Engine.Primitives;
using EclipseConformance.Engine.Storage;
using EclipseConformance.Engine.Wallets;

namespace EclipseConformance.Engine.Control;

/// <summary>The simulator's control plane, <c>/sim/v1</c>: health (anonymous) and simulator-admin actions.</summary>
public static class ControlApi
{
    public static IEndpointRouteBuilder MapControl(this IEndpointRouteBuilder app)
    {
        app.MapGet(EclipseApi.ControlPath + "/health", (Database database, TimeProvider time) =>
                Results.Ok(new HealthResponse("ready", database.Provider.ToString().ToLowerInvariant(), Timestamps.ToWire(time.GetUtcNow()))))
            .AllowAnonymous()
            .WithTags("Control");

        var group = app.MapGroup(EclipseApi.ControlPath).RequireAuthorization(IdentityRegistration.SimulatorAdminPolicy).WithTags("Control");

        group.MapGet("/seed", async (DemoWorldSeeder seeder, CancellationToken ct) =>
            await seeder.LoadAsync(ct) is { } document ? Results.Ok(document) : ApiError.NotFound("Seed document").ToResult());

        group.MapGet("/tenants", async (TenantsOverviewQuery query, CancellationToken ct) => Results.Ok(await query.ListAsync(ct)))
            .WithSummary("Every tenant with its customer and wallet counts and its money per currency");

        group.MapPost("/wallets/{walletId:long}/fund", async (long walletId, FundWalletRequest body, WalletFunding funding, CancellationToken ct) =>
        {
            var (error, wallet) = await funding.FundAsync(walletId, body, ct);
            return error?.ToResult() ?? Results.Ok(WalletResponse.From(wallet!));
        });

        return app;
    }
}
