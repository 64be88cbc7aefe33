using EclipseConformance.Engine.Errors;
using EclipseConformance.Engine.Identity;
using EclipseConformance.Engine.Tenancy;

namespace EclipseConformance.Engine.Transfers;

/// <summary>
/// <c>POST /tenants/{t}/wallets/transfers</c>: atomic, idempotent wallet-to-wallet transfer; 204 on success. Also the
/// per-wallet variant C-GO posts to, <c>POST /tenants/{t}/wallets/{w}/transfers</c> (fact sheet 10; ADR 0040): the same
/// transfer with <c>fromWalletId</c> taken from the path, answered 200 with no body as that client expects.
/// </summary>
public static class TransfersApi
{
    public static IEndpointRouteBuilder MapTransfers(this IEndpointRouteBuilder app)
    {
        var group = app.MapTenantGroup().WithTags("Transfers");
        group.MapPost("/wallets/transfers", async (long tenantId, TransferRequest body, HttpContext http, TransferService transfers, CancellationToken ct) =>
                await transfers.TransferAsync(tenantId, Caller.Of(http)!, body, ct) is { } error ? error.ToResult() : Results.NoContent())
            .Produces(StatusCodes.Status204NoContent)
            .WithSummary("Transfer between wallets: 204 means complete, any error means nothing happened");
        group.MapPost("/wallets/{walletId:long}/transfers", async (long tenantId, long walletId, TransferRequest body, HttpContext http, TransferService transfers, CancellationToken ct) =>
            {
                if (body.FromWalletId is { } from && from != walletId)
                {
                    return ApiError.Validation($"fromWalletId {from} differs from the wallet in the path ({walletId})").ToResult();
                }

                return await transfers.TransferAsync(tenantId, Caller.Of(http)!, body with { FromWalletId = walletId }, ct) is { } error
                    ? error.ToResult()
                    : Results.Ok();
            })
            .Produces(StatusCodes.Status200OK)
            .WithSummary("Transfer from the wallet in the path (C-GO's variant): 200 means complete, any error means nothing happened");
        return app;
    }
}
