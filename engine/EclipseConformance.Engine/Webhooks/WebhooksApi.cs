using EclipseConformance.Engine.Errors;
using EclipseConformance.Engine.Identity;
using EclipseConformance.Engine.Primitives;
using Microsoft.Extensions.Options;

namespace EclipseConformance.Engine.Webhooks;

/// <summary>
/// The callbacks log on the control plane (simulator admin): <c>GET /sim/v1/callbacks</c> (filter by tenantId, status,
/// reference, kind; bounded page), <c>GET /sim/v1/callbacks/{id}</c>, <c>POST /sim/v1/callbacks/{id}/redeliver</c>; and
/// the integrators' signature verifier <c>POST /sim/v1/signatures/verify</c> (anonymous: it reads and changes nothing).
/// </summary>
public static class WebhooksApi
{
    public const int DefaultPageSize = 50;

    public static IEndpointRouteBuilder MapWebhooks(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(EclipseApi.ControlPath + "/callbacks").RequireAuthorization(IdentityRegistration.SimulatorAdminPolicy).WithTags("Callbacks");

        group.MapGet("", async (long? tenantId, string? status, string? reference, string? kind, int? limit, int? offset,
            CallbackInspection inspection, IOptionsMonitor<WebhooksOptions> options, CancellationToken ct) =>
        {
            if (Paging.Validate(limit, offset, options.CurrentValue.MaxPageSize) is { } bad)
            {
                return bad.ToResult();
            }

            CallbackStatus? parsed = null;
            if (status is not null)
            {
                if (!CallbackWire.TryParseStatus(status, out var s))
                {
                    return ApiError.Validation("status must be PENDING, DELIVERED or NOT_RETRIED").ToResult();
                }

                parsed = s;
            }

            var filter = new CallbackFilter(tenantId, parsed, reference, kind, limit ?? DefaultPageSize, offset ?? 0);
            return Results.Ok(await inspection.ListAsync(filter, ct));
        })
        .WithSummary("Every callback, newest first, with its attempts (headers incl. signature, response, latency, error, next attempt)");

        group.MapGet("/{callbackId:long}", async (long callbackId, CallbackInspection inspection, CancellationToken ct) =>
            await inspection.FindAsync(callbackId, ct) is { } view ? Results.Ok(view) : ApiError.NotFound("Callback").ToResult());

        group.MapPost("/{callbackId:long}/redeliver", async (long callbackId, CallbackRedelivery redelivery, CallbackInspection inspection, CancellationToken ct) =>
            await redelivery.RedeliverAsync(callbackId, ct) switch
            {
                RedeliveryStatus.NotFound => ApiError.NotFound("Callback").ToResult(),
                RedeliveryStatus.InFlight => ApiError.Conflict($"Callback {callbackId} is being delivered right now; try again when the attempt ends").ToResult(),
                _ => Results.Ok(await inspection.FindAsync(callbackId, ct)),
            })
        .WithSummary("Attempt the callback now (a new delivery round); the history is kept");

        app.MapPost(EclipseApi.ControlPath + "/signatures/verify", (VerifySignatureRequest body, TimeProvider time, IOptionsMonitor<WebhooksOptions> options, Rules.IPolicies policies) =>
            {
                if (string.IsNullOrEmpty(body.Key) || body.Header is null)
                {
                    return ApiError.Validation("header and key are required (body may be empty)").ToResult();
                }

                var now = body.Now ?? time.GetUtcNow().ToUnixTimeMilliseconds();
                var result = SignatureVerifier.Verify(
                    body.Header, body.Body ?? "", body.Key, now, SignatureVerifier.DefaultTolerance, policies.Current.Conflicts.HmacSignatureInput);
                return Results.Ok(VerifySignatureResponse.From(result, now));
            })
            .AllowAnonymous()
            .WithTags("Callbacks")
            .WithSummary("Check an Eclipse-Signature header against a body and key, with the 5-minute replay window (signed input per conflicts.hmacSignatureInput)");
        return app;
    }
}
