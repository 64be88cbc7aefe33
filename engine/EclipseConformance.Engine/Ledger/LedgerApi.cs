using System.Globalization;
using EclipseConformance.Engine.Errors;
using EclipseConformance.Engine.Identity;
using EclipseConformance.Engine.Primitives;
using EclipseConformance.Engine.Tenancy;
using EclipseConformance.Engine.Wallets;
using Microsoft.Extensions.Options;

namespace EclipseConformance.Engine.Ledger;

/// <summary>The transactions (reconciliation) query, and the invariant report on the control plane.</summary>
public static class LedgerApi
{
    public static IEndpointRouteBuilder MapLedger(this IEndpointRouteBuilder app)
    {
        app.MapTenantGroup().WithTags("Transactions")
            .MapGet("/wallets/{walletId:long}/transactions", async (long tenantId, long walletId, string? externalUniqueId, string? dateFromIncl,
                string? dateToExcl, int? offset, int? limit, HttpContext http, WalletStore wallets, TransactionsQuery query,
                IOptions<LedgerOptions> options, CancellationToken ct) =>
            {
                var wallet = await wallets.FindAsync(walletId, ct);
                if (wallet is null || wallet.TenantId != tenantId || !TenantPermissions.CanSeeWallet(Caller.Of(http)!, wallet.CustomerId))
                {
                    return ApiError.NotFound("Wallet").ToResult();
                }

                if (Paging.Validate(limit, offset, options.Value.MaxTransactionsPageSize) is { } bad)
                {
                    return bad.ToResult();
                }

                if (!TryParseInstant(dateFromIncl, out var from) || !TryParseInstant(dateToExcl, out var to))
                {
                    return ApiError.Validation("dateFromIncl and dateToExcl must be ISO-8601 instants, e.g. 2026-03-01T00:00:00.000Z").ToResult();
                }

                return Results.Ok(await query.ListAsync(walletId, externalUniqueId, from, to, limit ?? 100, offset ?? 0, ct));
            })
            .Produces<List<TransactionItem>>()
            .WithSummary("Wallet transactions, newest first; filter by externalUniqueId to confirm a transfer");

        app.MapGet(EclipseApi.ControlPath + "/ledger/invariants", async (LedgerInvariants invariants, CancellationToken ct) =>
                Results.Ok(await invariants.CheckAsync(ct)))
            .RequireAuthorization(IdentityRegistration.SimulatorAdminPolicy)
            .WithTags("Control");
        app.MapGet(EclipseApi.ControlPath + "/ledger/stats", (GroupCommitWriter writer) => Results.Ok(writer.Stats))
            .RequireAuthorization(IdentityRegistration.SimulatorAdminPolicy)
            .WithTags("Control");
        return app;
    }

    private static bool TryParseInstant(string? text, out long? unixMs)
    {
        unixMs = null;
        if (text is null)
        {
            return true;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            unixMs = instant.ToUnixTimeMilliseconds();
            return true;
        }

        return false;
    }
}
