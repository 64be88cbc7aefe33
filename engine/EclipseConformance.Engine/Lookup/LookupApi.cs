using EclipseConformance.Engine.Errors;
using EclipseConformance.Engine.Identity;
using EclipseConformance.Engine.Primitives;
using EclipseConformance.Engine.RateLimiting;

namespace EclipseConformance.Engine.Lookup;

/// <summary><c>GET /eclipse-conductor/rest/v1/global/wallets</c>: the privacy-preserving cross-tenant wallet lookup.</summary>
public static class LookupApi
{
    public const string Path = EclipseApi.BasePath + "/global/wallets";

    public static IEndpointRouteBuilder MapLookup(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, async (HttpContext http, WalletLookup lookup, CancellationToken ct) =>
            {
                var caller = Caller.Of(http)!;
                if (!WalletLookup.MaySearch(caller))
                {
                    // Refuse before reading the query, so a tenant user learns nothing from validation messages either.
                    return ApiError.Forbidden("Only global integrators may search wallets across tenants").ToResult();
                }

                var (query, invalid) = LookupQuery.Parse(http.Request.Query);
                if (invalid is not null)
                {
                    return invalid.ToResult();
                }

                var (records, error) = await lookup.FindAsync(caller, query!, ct);
                return error?.ToResult() ?? Results.Ok(records);
            })
            .RequireAuthorization()
            .WithMetadata(new LookupRateLimit())
            .WithTags("Global integrator")
            .WithSummary("Find a customer's walletId across tenants: records where at least two criteria match, owner fields masked, at most 100");
        return app;
    }
}
