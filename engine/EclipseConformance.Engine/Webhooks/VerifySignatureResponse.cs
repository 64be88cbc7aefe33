namespace EclipseConformance.Engine.Webhooks;

/// <summary>
/// The verifier's answer: <c>valid</c>, <c>reason</c> (VALID, MALFORMED_HEADER, SIGNATURE_MISMATCH, STALE_TIMESTAMP,
/// FUTURE_TIMESTAMP), a sentence, the header's t, and the v1 the key gives for that t and body.
/// </summary>
public sealed record VerifySignatureResponse(bool Valid, string Reason, string Detail, long? Timestamp, long Now, string? ExpectedSignature)
{
    public static VerifySignatureResponse From(SignatureVerification v, long nowMs) =>
        new(v.Valid, v.Reason, v.Detail, v.TimestampMs, nowMs, v.ExpectedSignature);
}
