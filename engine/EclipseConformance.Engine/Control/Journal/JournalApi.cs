using EclipseConformance.Engine.Errors;
using EclipseConformance.Engine.Identity;
using EclipseConformance.Engine.Primitives;

namespace EclipseConformance.Engine.Control.Journal;

/// <summary><c>GET /sim/v1/journal</c>: the last Eclipse API calls, newest first, filterable; <c>DELETE</c> clears it.</summary>
public static class JournalApi
{
    public const int MaxPage = 1_000;

    public static IEndpointRouteBuilder MapJournal(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(EclipseApi.ControlPath + "/journal").RequireAuthorization(IdentityRegistration.SimulatorAdminPolicy).WithTags("Control");
        group.MapGet("", (string? method, string? path, int? status, string? caller, long? tenantId, string? traceId, int? limit, RequestJournal journal) =>
        {
            if (limit is < 1 or > MaxPage)
            {
                return ApiError.Validation($"limit must be between 1 and {MaxPage}").ToResult();
            }

            var entries = journal.Query(
                e => (method is null || e.Method.Equals(method, StringComparison.OrdinalIgnoreCase))
                    && (path is null || e.Path.Contains(path, StringComparison.OrdinalIgnoreCase))
                    && (status is null || e.Status == status)
                    && (caller is null || string.Equals(e.Caller, caller, StringComparison.Ordinal))
                    && (tenantId is null || e.TenantId == tenantId)
                    && (traceId is null || e.TraceId == traceId),
                limit ?? 100);
            return Results.Ok(entries.Select(JournalView.From).ToList());
        });
        group.MapDelete("", (RequestJournal journal) =>
        {
            journal.Clear();
            return Results.NoContent();
        });
        return app;
    }
}
