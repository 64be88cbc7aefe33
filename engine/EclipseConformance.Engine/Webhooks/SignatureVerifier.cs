using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using EclipseConformance.Engine.Rules;

namespace EclipseConformance.Engine.Webhooks;

/// <summary>
/// Checks an <c>Eclipse-Signature</c> the way a channel must: parse the header, recompute HMAC-SHA256 over
/// <c>t + "." + body</c> with the shared key, compare in constant time, then refuse a timestamp more than the replay
/// window (5 minutes, S-VAS) away from now in either direction. With <see cref="HmacSignatureInput.Body"/> (policy
/// <c>conflicts.hmacSignatureInput</c>, ADR 0038) the HMAC is recomputed over the body alone. Used by the verifier endpoint, the
/// <c>verify-signature</c> command and the inbound signature check.
/// </summary>
public static class SignatureVerifier
{
    /// <summary>|now − t| beyond 300 000 ms is refused.</summary>
    public static readonly TimeSpan DefaultTolerance = TimeSpan.FromMinutes(5);

    public static SignatureVerification Verify(
        string? header, string body, string key, long nowMs, TimeSpan tolerance, HmacSignatureInput input = HmacSignatureInput.TimestampDotBody) =>
        Verify(header, Encoding.UTF8.GetBytes(body), key, nowMs, tolerance, input);

    public static SignatureVerification Verify(
        string? header, ReadOnlySpan<byte> body, string key, long nowMs, TimeSpan tolerance, HmacSignatureInput input = HmacSignatureInput.TimestampDotBody)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!WebhookSignature.TryParse(header, out var t, out var signatures))
        {
            return new SignatureVerification(
                SignatureVerdict.MalformedHeader,
                "The header must be t=<ms since epoch>,v1=<base64 HMAC-SHA256 of \"t.body\">",
                null,
                null);
        }

        var expected = WebhookSignature.Mac(key, t, body, input);
        var expectedText = Convert.ToBase64String(expected);
        if (!signatures.Any(s => CryptographicOperations.FixedTimeEquals(s, expected)))
        {
            return new SignatureVerification(
                SignatureVerdict.SignatureMismatch,
                input == HmacSignatureInput.Body
                    ? "No v1 matches HMAC-SHA256(key, body): wrong key, or the body differs from what was signed"
                    : "No v1 matches HMAC-SHA256(key, t + \".\" + body): wrong key, or the body or t differs from what was signed",
                t,
                expectedText);
        }

        var windowMs = (long)tolerance.TotalMilliseconds;
        var age = nowMs - t;
        if (age > windowMs)
        {
            return new SignatureVerification(
                SignatureVerdict.StaleTimestamp, Text($"t is {age} ms before now; more than {windowMs} ms is refused as a replay"), t, expectedText);
        }

        if (-age > windowMs)
        {
            return new SignatureVerification(
                SignatureVerdict.FutureTimestamp, Text($"t is {-age} ms after now; more than {windowMs} ms is refused"), t, expectedText);
        }

        return new SignatureVerification(SignatureVerdict.Valid, Text($"Signature matches; t is {age} ms from now"), t, expectedText);
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
