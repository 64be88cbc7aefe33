using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using EclipseConformance.Engine.Rules;

namespace EclipseConformance.Engine.Webhooks;

/// <summary>
/// Eclipse's <c>Eclipse-Signature</c> scheme (UK-ENC, fact sheet 6.1): <c>t=&lt;ms since epoch&gt;,v1=&lt;base64&gt;</c> where
/// v1 is the standard, padded Base64 of HMAC-SHA256 keyed by the UTF-8 bytes of the key over
/// <c>"&lt;t&gt;" + "." + &lt;raw body&gt;</c> (an empty body is <c>""</c>). Under policy
/// <c>conflicts.hmacSignatureInput: BODY</c> (EFT-NOTIF's wording, ADR 0038) the HMAC covers the raw body alone; the
/// header keeps its <c>t</c> for the replay window.
/// </summary>
public static class WebhookSignature
{
    public const string HeaderName = "Eclipse-Signature";

    /// <summary>Longest header value the parser looks at.</summary>
    public const int MaxHeaderLength = 4_096;

    /// <summary>The v1 value over a body given as text (signed as its UTF-8 bytes).</summary>
    public static string Compute(string key, long timestampMs, string body) => Compute(key, timestampMs, Encoding.UTF8.GetBytes(body));

    /// <summary>The v1 value over the raw body bytes.</summary>
    public static string Compute(string key, long timestampMs, ReadOnlySpan<byte> body) => Convert.ToBase64String(Mac(key, timestampMs, body));

    /// <summary>The v1 value over a body given as text, with the signed input the policy chooses.</summary>
    public static string Compute(string key, long timestampMs, string body, HmacSignatureInput input) =>
        Convert.ToBase64String(Mac(key, timestampMs, Encoding.UTF8.GetBytes(body), input));

    /// <summary>The full header value: <c>t=..,v1=..</c>.</summary>
    public static string Sign(string key, long timestampMs, string body) => Format(timestampMs, Compute(key, timestampMs, body));

    /// <summary>The full header value with the signed input the policy chooses (<c>t.body</c> or the body alone).</summary>
    public static string Sign(string key, long timestampMs, string body, HmacSignatureInput input) =>
        Format(timestampMs, Compute(key, timestampMs, body, input));

    public static string Format(long timestampMs, string v1) => string.Create(CultureInfo.InvariantCulture, $"t={timestampMs},v1={v1}");

    internal static byte[] Mac(string key, long timestampMs, ReadOnlySpan<byte> body, HmacSignatureInput input = HmacSignatureInput.TimestampDotBody)
    {
        if (input == HmacSignatureInput.Body)
        {
            return HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), body);
        }

        var prefix = Encoding.ASCII.GetBytes(timestampMs.ToString(CultureInfo.InvariantCulture) + ".");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        return HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), message);
    }

    /// <summary>
    /// Parses <c>t=..,v1=..[,v1=..][,v2=..]</c>: exactly one non-negative integer <c>t</c> and at least one <c>v1</c>
    /// that is Base64 of 32 bytes. Unknown schemes (e.g. the optional RSA <c>v2</c>) are ignored; parts may be
    /// separated by a comma and optional spaces.
    /// </summary>
    public static bool TryParse(string? header, out long timestampMs, out IReadOnlyList<byte[]> signatures)
    {
        timestampMs = 0;
        signatures = [];
        if (string.IsNullOrWhiteSpace(header) || header.Length > MaxHeaderLength)
        {
            return false;
        }

        long? t = null;
        var v1 = new List<byte[]>();
        foreach (var rawPart in header.Split(','))
        {
            var part = rawPart.Trim();
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                return false;
            }

            var name = part[..eq];
            var value = part[(eq + 1)..];
            if (name == "t")
            {
                if (t is not null || value.Length is 0 or > 19 || !value.All(char.IsAsciiDigit)
                    || !long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
                {
                    return false;
                }

                t = parsed;
            }
            else if (name == "v1")
            {
                var bytes = new byte[32];
                if (!Convert.TryFromBase64String(value, bytes, out var written) || written != 32)
                {
                    return false;
                }

                v1.Add(bytes);
            }
        }

        if (t is null || v1.Count == 0)
        {
            return false;
        }

        timestampMs = t.Value;
        signatures = v1;
        return true;
    }
}
