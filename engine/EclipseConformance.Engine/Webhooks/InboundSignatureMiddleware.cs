using EclipseConformance.Engine.Errors;
using EclipseConformance.Engine.Identity;
using EclipseConformance.Engine.Primitives;
using EclipseConformance.Engine.Rules;
using EclipseConformance.Engine.Tenancy;
using Microsoft.Extensions.Options;

namespace EclipseConformance.Engine.Webhooks;

/// <summary>
/// Optional inbound signature checking (UK-ENC, ADR 0011): when the caller's tenant sets both
/// <c>HMACInboundSignatureKey</c> and <c>HMACInboundSignaturePositions</c>, every Eclipse API request from a caller
/// holding one of those positions (matched against the caller's roles, case-insensitively) must carry an
/// <c>Eclipse-Signature</c> over its raw body with that key (what it covers follows policy
/// <c>conflicts.hmacSignatureInput</c>), within the replay window. Otherwise the request is refused
/// with 401 and SEC001 before it reaches the feature. Runs after authentication; anonymous requests and the control
/// plane are not affected.
/// </summary>
public sealed class InboundSignatureMiddleware(RequestDelegate next, ITenantConfig config, TimeProvider time, IOptionsMonitor<WebhooksOptions> options, IPolicies policies)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments(EclipseApi.BasePath, StringComparison.OrdinalIgnoreCase) || Caller.Of(context) is not { } caller)
        {
            await next(context);
            return;
        }

        var key = await config.GetAsync(caller.TenantId, WebhookConfigKeys.InboundSignatureKey, context.RequestAborted);
        var positions = await config.GetAsync(caller.TenantId, WebhookConfigKeys.InboundSignaturePositions, context.RequestAborted);
        if (string.IsNullOrEmpty(key) || string.IsNullOrWhiteSpace(positions) || !HoldsAny(caller, positions))
        {
            await next(context);
            return;
        }

        var header = context.Request.Headers[WebhookSignature.HeaderName].ToString();
        if (header.Length == 0)
        {
            await ErrorEnvelopeResult.WriteAsync(context, ApiError.Unauthorized(
                $"{WebhookSignature.HeaderName} header required: tenant {caller.TenantId} signs requests of this position"));
            return;
        }

        context.Request.EnableBuffering();
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        context.Request.Body.Position = 0;
        var result = SignatureVerifier.Verify(header, body.GetBuffer().AsSpan(0, (int)body.Length), key, time.GetUtcNow().ToUnixTimeMilliseconds(), options.CurrentValue.ReplayWindow,
            policies.Current.Conflicts.HmacSignatureInput);
        if (!result.Valid)
        {
            await ErrorEnvelopeResult.WriteAsync(context, ApiError.Unauthorized($"Invalid {WebhookSignature.HeaderName} ({result.Reason}): {result.Detail}"));
            return;
        }

        await next(context);
    }

    private static bool HoldsAny(Caller caller, string positions)
    {
        foreach (var position in positions.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (caller.Roles.Any(r => r.Equals(position, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }
}
