using EclipseConformance.Engine.Errors;
using EclipseConformance.Engine.Identity;
using EclipseConformance.Engine.Primitives;

namespace EclipseConformance.Engine.Control.Activity;

/// <summary>
/// Read-only views for the dashboard (simulator admin): <c>GET /sim/v1/payments</c>, <c>/sim/v1/payments/{id}</c>,
/// <c>/sim/v1/withdrawals</c>, <c>/sim/v1/withdrawals/{id}</c> — every tenant's VAS payments and withdrawals, newest
/// first, and one with its state history.
/// </summary>
public static class ActivityApi
{
    public const int MaxPage = 500;

    public static IEndpointRouteBuilder MapActivity(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(EclipseApi.ControlPath).RequireAuthorization(IdentityRegistration.SimulatorAdminPolicy).WithTags("Control");
        group.MapGet("/payments", async (long? tenantId, int? limit, ActivityQuery query, CancellationToken ct) =>
                limit is < 1 or > MaxPage ? ApiError.Validation($"limit must be between 1 and {MaxPage}").ToResult() : Results.Ok(await query.PaymentsAsync(tenantId, limit ?? 100, ct)))
            .WithSummary("VAS payments of every tenant, newest first (state machine state, wire status, extraInfo present)");
        group.MapGet("/payments/{paymentId:long}", async (long paymentId, ActivityHistory history, CancellationToken ct) =>
                await history.PaymentAsync(paymentId, ct) is { } row ? Results.Ok(row) : ApiError.NotFound("Payment").ToResult())
            .WithSummary("One VAS payment with its state history (store, request journal, callbacks)");
        group.MapGet("/withdrawals", async (long? tenantId, int? limit, ActivityQuery query, CancellationToken ct) =>
                limit is < 1 or > MaxPage ? ApiError.Validation($"limit must be between 1 and {MaxPage}").ToResult() : Results.Ok(await query.WithdrawalsAsync(tenantId, limit ?? 100, ct)))
            .WithSummary("Withdrawals of every tenant, newest first");
        group.MapGet("/withdrawals/{withdrawalId:long}", async (long withdrawalId, ActivityHistory history, CancellationToken ct) =>
                await history.WithdrawalAsync(withdrawalId, ct) is { } row ? Results.Ok(row) : ApiError.NotFound("Withdrawal").ToResult())
            .WithSummary("One withdrawal with its state history (store, token/SMS tasks, request journal, callbacks)");
        return app;
    }
}
