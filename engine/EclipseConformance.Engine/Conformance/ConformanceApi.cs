using System.Globalization;
using EclipseConformance.Engine.Errors;
using EclipseConformance.Engine.Identity;
using EclipseConformance.Engine.Primitives;

namespace EclipseConformance.Engine.Conformance;

/// <summary><c>GET /sim/v1/conformance</c> (simulator admin): the channel conformance report, optionally for one tenant and from a virtual time on.</summary>
public static class ConformanceApi
{
    public static IEndpointRouteBuilder MapConformanceReport(this IEndpointRouteBuilder app)
    {
        app.MapGet(EclipseApi.ControlPath + "/conformance", async (long? tenantId, string? since, ConformanceEvaluator evaluator, CancellationToken ct) =>
            {
                DateTimeOffset? from = null;
                if (since is not null)
                {
                    if (!DateTimeOffset.TryParse(since, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
                    {
                        return ApiError.Validation("since must be an ISO-8601 instant, e.g. 2026-03-16T08:00:00.000Z").ToResult();
                    }

                    from = parsed;
                }

                return Results.Ok(await evaluator.EvaluateAsync(tenantId, from, ct));
            })
            .RequireAuthorization(IdentityRegistration.SimulatorAdminPolicy)
            .WithTags("Control")
            .WithSummary("Channel conformance report: per rule (policies.conformance), where the channel's traffic broke the documented guidance, with the offending journal ids");
        return app;
    }
}
