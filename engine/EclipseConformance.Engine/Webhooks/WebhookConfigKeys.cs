namespace EclipseConformance.Engine.Webhooks;

/// <summary>The tenant config items (read through <c>ITenantConfig</c>) that shape callbacks and inbound checks (fact sheet 6).</summary>
public static class WebhookConfigKeys
{
    /// <summary>HMAC key for the <c>Eclipse-Signature</c> header on callbacks (UK-ENC).</summary>
    public const string OutboundSignatureKey = "HMACOutboundSignatureKey";

    /// <summary>HMAC key inbound requests must be signed with (together with <see cref="InboundSignaturePositions"/>).</summary>
    public const string InboundSignatureKey = "HMACInboundSignatureKey";

    /// <summary>Comma-separated positions (roles) whose requests must carry a valid signature.</summary>
    public const string InboundSignaturePositions = "HMACInboundSignaturePositions";

    /// <summary>Extra callback headers, comma-delimited <c>k1,v1,k2,v2</c>.</summary>
    public const string AdditionalHeaders = "webhookAdditionalHeaders";

    /// <summary>A static <c>Authorization</c> header value for callbacks (mentioned in S-VAS; shape inferred, ADR 0011).</summary>
    public const string AuthorizationHeader = "webhookAuthorizationHeader";
}
