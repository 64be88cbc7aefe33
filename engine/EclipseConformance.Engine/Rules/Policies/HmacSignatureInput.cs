namespace EclipseConformance.Engine.Rules;

/// <summary>What the callback HMAC covers (wire TIMESTAMP_DOT_BODY from UK-ENC, BODY from EFT-NOTIF's wording).</summary>
public enum HmacSignatureInput
{
    TimestampDotBody,
    Body,
}
