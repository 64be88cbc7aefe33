using System.Text.Json.Nodes;

namespace EclipseConformance.Engine.Control.Journal;

/// <summary>
/// What never leaves the journal in clear: passwords, JWTs, PKI answers, cash-withdrawal tokens, HMAC keys and full
/// national id / passport numbers. JSON bodies are rewritten field by field; anything unparseable (or unwritable) is dropped.
/// </summary>
public static class JournalRedaction
{
    private static readonly HashSet<string> Secret = new(StringComparer.OrdinalIgnoreCase)
    {
        "password", "jwt", "headerValue", "token", "pkiChallengeResponse", "pkiChallengeSignature", "csrfToken",
        "privateKeyPem", "HMACOutboundSignatureKey", "HMACInboundSignatureKey", "webhookAuthorizationHeader", "pinNumber",
    };

    private static readonly HashSet<string> Personal = new(StringComparer.OrdinalIgnoreCase)
    {
        "nationalIdentityNumber", "passportNumber", "identityNumber",
    };

    public static string? Redact(string? body)
    {
        if (string.IsNullOrEmpty(body))
        {
            return body;
        }

        try
        {
            var node = JsonNode.Parse(body);
            Walk(node);
            return node?.ToJsonString();
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or ArgumentException or InvalidOperationException)
        {
            // Not JSON, or JSON a node tree cannot hold or write back (duplicate keys, lone surrogates): fail closed.
            return "[unparseable body withheld]";
        }
    }

    /// <summary>
    /// The same rules for a query string (<c>?nationalIdentityNumber=...</c> on a lookup or a customer search): secret
    /// parameters become <c>***</c>, personal numbers are masked; other parameters are kept as sent.
    /// </summary>
    public static string? RedactQuery(string? query)
    {
        if (string.IsNullOrEmpty(query))
        {
            return query;
        }

        var parts = query.TrimStart('?').Split('&').Select(part =>
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            var name = Uri.UnescapeDataString(equals < 0 ? part : part[..equals]);
            var value = equals < 0 ? "" : Uri.UnescapeDataString(part[(equals + 1)..].Replace('+', ' '));
            return Secret.Contains(name) ? part[..(equals < 0 ? part.Length : equals)] + "=***"
                : Personal.Contains(name) ? part[..equals] + "=" + Uri.EscapeDataString(Mask(value)).Replace("%2A", "*", StringComparison.Ordinal)
                : part;
        });
        return "?" + string.Join('&', parts);
    }

    /// <summary>Keeps the last three characters of a personal number: enough to tell records apart, not to learn it.</summary>
    public static string Mask(string value) => value.Length <= 3 ? new string('*', value.Length) : new string('*', value.Length - 3) + value[^3..];

    private static void Walk(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj.ToList())
                {
                    if (Secret.Contains(name) || IsSecretConfigKey(obj, name))
                    {
                        obj[name] = "***";
                    }
                    else if (Personal.Contains(name) && value is JsonValue v && v.TryGetValue<string>(out var text))
                    {
                        obj[name] = Mask(text);
                    }
                    else
                    {
                        Walk(value);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Walk(item);
                }

                break;
        }
    }

    /// <summary>Config items carry keys as data: <c>{"key":"HMACOutboundSignatureKey","value":"..."}</c>.</summary>
    private static bool IsSecretConfigKey(JsonObject obj, string name) =>
        name.Equals("value", StringComparison.OrdinalIgnoreCase) && obj["key"] is JsonValue key && key.TryGetValue<string>(out var k)
        && (Secret.Contains(k) || k.Contains("password", StringComparison.OrdinalIgnoreCase) || k.Contains("secret", StringComparison.OrdinalIgnoreCase));
}
