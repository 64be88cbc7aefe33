using EclipseConformance.Engine.Errors;
using EclipseConformance.Engine.Identity;
using EclipseConformance.Engine.Tenancy;

namespace EclipseConformance.Engine.Vas;

/// <summary>The VAS surface (fact sheet 5.1): catalog, payment creation, the two-step PUT, and the status GET.</summary>
public static class VasApi
{
    public static IEndpointRouteBuilder MapVas(this IEndpointRouteBuilder app)
    {
        var group = app.MapTenantGroup().WithTags("VAS");

        group.MapGet("/vas/catalogs", async (long tenantId, string? catalogQuery, HttpContext http, CatalogService catalog, CancellationToken ct) =>
        {
            var answer = await catalog.GetAsync(tenantId, catalogQuery ?? CatalogService.BareQuery(http.Request.QueryString.Value), ct);
            return answer.Error?.ToResult() ?? Results.Ok(answer.Value);
        }).WithSummary("VAS partners and products; catalogQuery={partnerId}[_...] narrows to one provider");

        group.MapPost("/customers/{customerId:long}/payments", async (long tenantId, long customerId, CreatePaymentRequest body, HttpContext http,
            PaymentService payments, CancellationToken ct) =>
        {
            var (error, payment) = await payments.CreateAsync(tenantId, customerId, Caller.Of(http)!, body, TraceContext.Of(http).TracingContext, ct);
            return error?.ToResult() ?? Results.Ok(PaymentResponses.From(payment!));
        }).WithSummary("Start a VAS payment (type GLOBAL_VAS); FrontierWeb answers SUCCESSFUL at once and fills extraInfo later");

        group.MapPut("/payments/{paymentId:long}", async (long tenantId, long paymentId, PaymentUpdateRequest body, HttpContext http,
            PaymentService payments, CancellationToken ct) =>
        {
            var (error, payment) = await payments.UpdateAsync(tenantId, paymentId, Caller.Of(http)!, body, ct);
            return error?.ToResult() ?? Results.Ok(PaymentResponses.From(payment!));
        }).WithSummary("Complete a BUILDING payment with its remaining fields");

        group.MapGet("/payments/{paymentId:long}", async (long tenantId, long paymentId, HttpContext http, PaymentService payments, CancellationToken ct) =>
        {
            var (error, payment) = await payments.GetAsync(tenantId, paymentId, Caller.Of(http)!, ct);
            return error?.ToResult() ?? Results.Ok(PaymentResponses.From(payment!));
        }).WithSummary("A payment's status; poll until extraInfo is present or the status is a failure");

        return app;
    }
}
