using EclipseConformance.Engine.Customers;
using EclipseConformance.Engine.Errors;
using EclipseConformance.Engine.Identity;
using EclipseConformance.Engine.Primitives;
using EclipseConformance.Engine.Tenancy;

namespace EclipseConformance.Engine.Wallets;

/// <summary>Customer wallets and wallet enquiry (fact sheet 3.4, 9.2).</summary>
public static class WalletsApi
{
    public const int MaxPageSize = 500;

    public static IEndpointRouteBuilder MapWallets(this IEndpointRouteBuilder app)
    {
        var group = app.MapTenantGroup().WithTags("Wallets");

        group.MapPost("/customers/{customerId:long}/wallets", async (long tenantId, long customerId, CreateWalletRequest body, HttpContext http,
            CustomerStore customers, WalletService wallets, CancellationToken ct) =>
        {
            if (!TenantPermissions.CanManageTenant(Caller.Of(http)!))
            {
                return ApiError.Forbidden("Only tenant system users may open wallets").ToResult();
            }

            if (await customers.FindAsync(tenantId, customerId, ct) is null)
            {
                return ApiError.NotFound("Customer").ToResult();
            }

            var (error, wallet) = await wallets.CreateAsync(tenantId, customerId, body, ct);
            return error?.ToResult() ?? Results.Created($"{EclipseApi.BasePath}/tenants/{tenantId}/wallets/{wallet!.WalletId}", WalletResponse.From(wallet));
        }).Produces<WalletResponse>(StatusCodes.Status201Created);

        group.MapGet("/customers/{customerId:long}/wallets", async (long tenantId, long customerId, int? limit, int? offset, HttpContext http,
            CustomerStore customers, WalletStore wallets, CancellationToken ct) =>
        {
            if (!TenantPermissions.CanSeeCustomer(Caller.Of(http)!, customerId) || await customers.FindAsync(tenantId, customerId, ct) is null)
            {
                return ApiError.NotFound("Customer").ToResult();
            }

            if (Paging.Validate(limit, offset, MaxPageSize) is { } bad)
            {
                return bad.ToResult();
            }

            var rows = await wallets.ListAsync(tenantId, customerId, limit ?? 100, offset ?? 0, ct);
            return Results.Ok(rows.Select(WalletResponse.From).ToList());
        }).Produces<List<WalletResponse>>();

        group.MapGet("/wallets", async (long tenantId, int? limit, int? offset, HttpContext http, WalletStore wallets, CancellationToken ct) =>
        {
            var caller = Caller.Of(http)!;
            if (!TenantPermissions.CanManageTenant(caller) && !caller.IsGlobalIntegrator)
            {
                return ApiError.Forbidden("Only tenant system users and integrators may list the tenant's wallets").ToResult();
            }

            if (Paging.Validate(limit, offset, MaxPageSize) is { } bad)
            {
                return bad.ToResult();
            }

            var rows = await wallets.ListAsync(tenantId, null, limit ?? 100, offset ?? 0, ct);
            return Results.Ok(rows.Select(WalletResponse.From).ToList());
        }).Produces<List<WalletResponse>>();

        group.MapGet("/wallets/{walletId:long}", async (long tenantId, long walletId, HttpContext http, WalletStore wallets, CancellationToken ct) =>
        {
            var wallet = await wallets.FindAsync(walletId, ct);
            return wallet is null || wallet.TenantId != tenantId || !TenantPermissions.CanSeeWallet(Caller.Of(http)!, wallet.CustomerId)
                ? ApiError.NotFound("Wallet").ToResult()
                : Results.Ok(WalletResponse.From(wallet));
        }).Produces<WalletResponse>();

        return app;
    }
}
