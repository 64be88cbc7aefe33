using EclipseConformance.Engine.Identity;
using EclipseConformance.Engine.Tenancy;

namespace EclipseConformance.Engine.Transfers;

/// <summary><c>POST /tenants/{t}/wallets/transfers</c>: atomic, idempotent wallet-to-wallet transfer; 204 on success.</summary>
public static class TransfersApi
{
    public static IEndpointRouteBuilder MapTransfers(this IEndpointRouteBuilder app)
    {
        app.MapTenantGroup().WithTags("Transfers")
            .MapPost("/wallets/transfers", async (long tenantId, TransferRequest body, HttpContext http, TransferService transfers, CancellationToken ct) =>
                await transfers.TransferAsync(tenantId, Caller.Of(http)!, body, ct) is { } error ? error.ToResult() : Results.NoContent())
            .Produces(StatusCodes.Status204NoContent)
            .WithSummary("Transfer between wallets: 204 means complete, any error means nothing happened");
        return app;
    }
}
