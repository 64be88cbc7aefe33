namespace EclipseConformance.Engine.Webhooks;

/// <summary>
/// The result of checking an <c>Eclipse-Signature</c>: the verdict, a sentence saying why, the header's timestamp when it
/// could be read, and the v1 the key gives for that timestamp and body (to debug one's own signing code).
/// </summary>
public sealed record SignatureVerification(SignatureVerdict Verdict, string Detail, long? TimestampMs, string? ExpectedSignature)
{
    public bool Valid => Verdict == SignatureVerdict.Valid;

    /// <summary>The verdict as a wire code, e.g. <c>STALE_TIMESTAMP</c>.</summary>
    public string Reason => Code(Verdict);

    public static string Code(SignatureVerdict verdict) => verdict switch
    {
        SignatureVerdict.Valid => "VALID",
        SignatureVerdict.MalformedHeader => "MALFORMED_HEADER",
        SignatureVerdict.SignatureMismatch => "SIGNATURE_MISMATCH",
        SignatureVerdict.StaleTimestamp => "STALE_TIMESTAMP",
        SignatureVerdict.FutureTimestamp => "FUTURE_TIMESTAMP",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, null),
    };
}
