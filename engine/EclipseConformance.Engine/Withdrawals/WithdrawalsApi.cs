using System.Globalization;
using EclipseConformance.Engine.Errors;
using EclipseConformance.Engine.Identity;
using EclipseConformance.Engine.Primitives;
using EclipseConformance.Engine.Rules;
using EclipseConformance.Engine.Tenancy;
using EclipseConformance.Engine.Wallets;
using Microsoft.Extensions.Options;

namespace EclipseConformance.Engine.Withdrawals;

/// <summary>
/// Withdrawals on the Eclipse surface (fact sheet 4): create (200 with the PENDING withdrawal and its token), query
/// (the same body the callback carries), list by date window, and DELETE to cancel an unused token.
/// </summary>
public static class WithdrawalsApi
{
    public static IEndpointRouteBuilder MapWithdrawalsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapTenantGroup().WithTags("Withdrawals");

        group.MapPost("/wallets/{walletId:long}/withdrawals", async (long tenantId, long walletId, CreateWithdrawalRequest body, HttpContext http,
            IPolicies policies, WithdrawalCreation creation, CancellationToken ct) =>
        {
            if (WithdrawalValidation.Validate(body, policies.Current.WithdrawalTypes, out var valid) is { } invalid)
            {
                return invalid.ToResult();
            }

            var result = await creation.CreateAsync(tenantId, walletId, Caller.Of(http)!, body, valid!, TraceContext.Of(http).TracingContext, ct);
            return Answer(result);
        })
        .WithSummary("Create a withdrawal (cash token or bank payout); the amount and fee are reserved at once");

        group.MapGet("/wallets/{walletId:long}/withdrawals", async (long tenantId, long walletId, string? dateFromIncl, string? dateToExcl, int? offset, int? limit,
            HttpContext http, WalletStore wallets, WithdrawalStore store, IOptions<WithdrawalsOptions> options, CancellationToken ct) =>
        {
            if (!await VisibleAsync(tenantId, walletId, http, wallets, ct))
            {
                return ApiError.NotFound("Wallet").ToResult();
            }

            if (Paging.Validate(limit, offset, options.Value.MaxPageSize) is { } bad)
            {
                return bad.ToResult();
            }

            if (!TryParseInstant(dateFromIncl, out var from) || !TryParseInstant(dateToExcl, out var to))
            {
                return ApiError.Validation("dateFromIncl and dateToExcl must be ISO-8601 instants, e.g. 2026-03-01T00:00:00.000Z").ToResult();
            }

            var rows = await store.ListAsync(walletId, from, to, limit ?? options.Value.DefaultPageSize, offset ?? 0, ct);
            return WithdrawalJson.Ok(WithdrawalJson.Serialize(rows));
        })
        .WithSummary("The wallet's withdrawals, newest first, created in [dateFromIncl, dateToExcl)");

        group.MapGet("/wallets/{walletId:long}/withdrawals/{withdrawalId:long}", async (long tenantId, long walletId, long withdrawalId, HttpContext http,
            WalletStore wallets, WithdrawalStore store, CancellationToken ct) =>
            await FindAsync(tenantId, walletId, withdrawalId, http, wallets, store, ct) is { } w
                ? WithdrawalJson.Ok(WithdrawalJson.Serialize(w))
                : ApiError.NotFound("Withdrawal").ToResult())
        .WithSummary("One withdrawal: the same body the callback carries");

        group.MapDelete("/wallets/{walletId:long}/withdrawals/{withdrawalId:long}", async (long tenantId, long walletId, long withdrawalId, HttpContext http,
            WalletStore wallets, WithdrawalStore store, WithdrawalLifecycle lifecycle, CancellationToken ct) =>
        {
            if (await FindAsync(tenantId, walletId, withdrawalId, http, wallets, store, ct) is null)
            {
                return ApiError.NotFound("Withdrawal").ToResult();
            }

            return Answer(await lifecycle.ApplyAsync(withdrawalId, WithdrawalTrigger.Cancel, TransitionRequest.None, ct));
        })
        .WithSummary("Cancel an unused token: CANCELLED, the money is available again");

        return app;
    }

    internal static IResult Answer(WithdrawalResult result) =>
        WithdrawalErrors.ToApiError(result) is { } error ? error.ToResult() : WithdrawalJson.Ok(WithdrawalJson.Serialize(result.Withdrawal!));

    private static async Task<bool> VisibleAsync(long tenantId, long walletId, HttpContext http, WalletStore wallets, CancellationToken ct) =>
        await wallets.FindAsync(walletId, ct) is { } wallet && wallet.TenantId == tenantId && TenantPermissions.CanSeeWallet(Caller.Of(http)!, wallet.CustomerId);

    private static async Task<Withdrawal?> FindAsync(long tenantId, long walletId, long withdrawalId, HttpContext http, WalletStore wallets, WithdrawalStore store, CancellationToken ct) =>
        await VisibleAsync(tenantId, walletId, http, wallets, ct) && await store.FindAsync(withdrawalId, ct) is { } w && w.WalletId == walletId && w.TenantId == tenantId
            ? w
            : null;

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
