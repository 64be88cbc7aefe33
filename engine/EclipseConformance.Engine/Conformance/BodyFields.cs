using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace EclipseConformance.Engine.Conformance;

/// <summary>
/// Reads top-level fields of a journaled JSON body. The journal keeps only the first N characters, so a body may be cut
/// short: it is parsed as JSON when it is whole, and searched for <c>"name": value</c> otherwise.
/// </summary>
public static partial class BodyFields
{
    public static string? String(string? body, string name)
    {
        if (Parse(body) is JsonObject obj)
        {
            return obj[name] is JsonValue v ? v.GetValueKind() == JsonValueKind.String ? Text(v) : v.ToJsonString() : null;
        }

        return body is null ? null : Scan(body, name) is { } raw ? raw.Trim('"') : null;
    }

    public static long? Long(string? body, string name) =>
        long.TryParse(String(body, name), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>The field is present with a value other than null, an empty string or an empty array.</summary>
    public static bool HasValue(string? body, string name)
    {
        if (Parse(body) is JsonObject obj)
        {
            return obj[name] switch
            {
                null => false,
                JsonValue v when Text(v) is { } s => s.Length > 0 && s != "[]",
                JsonArray a => a.Count > 0,
                _ => true,
            };
        }

        return body is not null && Presence(body, name);
    }

    /// <summary>For a cut-short body: the field appears and its value starts with something other than null, "" or "[]".</summary>
    private static bool Presence(string body, string name)
    {
        var at = body.IndexOf("\"" + name + "\"", StringComparison.Ordinal);
        if (at < 0)
        {
            return false;
        }

        var rest = body.AsSpan(at + name.Length + 2).TrimStart();
        if (rest.IsEmpty || rest[0] != ':')
        {
            return false;
        }

        rest = rest[1..].TrimStart();
        return !rest.IsEmpty && !rest.StartsWith("null") && !rest.StartsWith("\"\"") && !rest.StartsWith("\"[]\"") && !rest.StartsWith("[]") && !(rest.Length == 1 && rest[0] == '"');
    }

    /// <summary>Every <c>walletId</c> number in the body (a lookup answer is an array of wallets).</summary>
    public static IEnumerable<long> WalletIds(string? body)
    {
        if (body is null)
        {
            yield break;
        }

        foreach (Match m in WalletIdPattern().Matches(body))
        {
            // A recorded body may carry any digits (hostile input): an id that does not fit is no wallet id.
            if (long.TryParse(m.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                yield return id;
            }
        }
    }

    private static JsonNode? Parse(string? body)
    {
        if (string.IsNullOrEmpty(body) || body[0] != '{')
        {
            return null;
        }

        try
        {
            var node = JsonNode.Parse(body);
            // JsonObject materialises its properties lazily: duplicate keys (hostile input) throw on first access.
            _ = (node as JsonObject)?.Count;
            return node;
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>
    /// The value as a string, or null when it is not one. A recorded string may hold a lone surrogate escape (hostile
    /// input, e.g. <c>"\ud800"</c>), which System.Text.Json refuses to decode: such a value reads as not a string.
    /// </summary>
    private static string? Text(JsonValue value)
    {
        try
        {
            return value.TryGetValue<string>(out var s) ? s : null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static string? Scan(string body, string name)
    {
        foreach (Match m in FieldPattern().Matches(body))
        {
            if (m.Groups[1].ValueSpan.SequenceEqual(name))
            {
                return m.Groups[2].Value;
            }
        }

        return null;
    }

    [GeneratedRegex("\"([A-Za-z0-9_]{1,64})\"\\s*:\\s*(\"(?:[^\"\\\\]|\\\\.){0,4096}\"|-?\\d{1,19}|null|true|false)", RegexOptions.CultureInvariant)]
    private static partial Regex FieldPattern();

    [GeneratedRegex("\"walletId\"\\s*:\\s*(\\d{1,18})", RegexOptions.CultureInvariant)]
    private static partial Regex WalletIdPattern();
}
