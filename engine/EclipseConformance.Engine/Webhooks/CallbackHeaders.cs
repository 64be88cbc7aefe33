using System.Globalization;
using EclipseConformance.Engine.Rules;
using EclipseConformance.Engine.Tenancy;
using Microsoft.Extensions.Options;

namespace EclipseConformance.Engine.Webhooks;

/// <summary>
/// Builds a callback's headers from the tenant's config items (read only through <see cref="ITenantConfig"/>):
/// <c>Eclipse-Signature</c> signed with <c>HMACOutboundSignatureKey</c> over this attempt's timestamp (and the body, or
/// the body alone under policy <c>conflicts.hmacSignatureInput: BODY</c>), the
/// <c>webhookAdditionalHeaders</c> pairs, and <c>webhookAuthorizationHeader</c> as <c>Authorization</c>. Malformed or
/// reserved extra headers are skipped and named in the attempt's note rather than failing the delivery.
/// </summary>
public sealed class CallbackHeaders(ITenantConfig config, IOptionsMonitor<WebhooksOptions> options, IPolicies policies)
{
    /// <summary>Headers the engine sets itself; an additional header may not replace them.</summary>
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        WebhookSignature.HeaderName, "Content-Type", "Content-Length", "Host", "Transfer-Encoding", "Connection", "Expect", "Upgrade", "Te", "Trailer",
    };

    public async ValueTask<OutboundHeaders> BuildAsync(long tenantId, string body, long timestampMs, CancellationToken cancellationToken)
    {
        var headers = new List<KeyValuePair<string, string>>();
        var notes = new List<string>();
        var key = await config.GetAsync(tenantId, WebhookConfigKeys.OutboundSignatureKey, cancellationToken);
        if (string.IsNullOrEmpty(key))
        {
            key = options.CurrentValue.DefaultSigningKey;
            notes.Add(string.IsNullOrEmpty(key)
                ? $"unsigned: tenant {tenantId} has no {WebhookConfigKeys.OutboundSignatureKey}"
                : $"signed with the simulator's default key: tenant {tenantId} has no {WebhookConfigKeys.OutboundSignatureKey}");
        }

        if (!string.IsNullOrEmpty(key))
        {
            headers.Add(new(WebhookSignature.HeaderName, WebhookSignature.Sign(key, timestampMs, body, policies.Current.Conflicts.HmacSignatureInput)));
        }

        var additional = await config.GetAsync(tenantId, WebhookConfigKeys.AdditionalHeaders, cancellationToken);
        if (!string.IsNullOrWhiteSpace(additional))
        {
            AddPairs(additional, headers, notes);
        }

        var authorization = await config.GetAsync(tenantId, WebhookConfigKeys.AuthorizationHeader, cancellationToken);
        if (!string.IsNullOrWhiteSpace(authorization))
        {
            if (IsValidValue(authorization))
            {
                headers.RemoveAll(h => h.Key.Equals("Authorization", StringComparison.OrdinalIgnoreCase));
                headers.Add(new("Authorization", authorization.Trim()));
            }
            else
            {
                notes.Add($"{WebhookConfigKeys.AuthorizationHeader} skipped: control characters");
            }
        }

        return new OutboundHeaders(headers, notes.Count == 0 ? null : string.Join("; ", notes));
    }

    /// <summary>Parses <c>k1,v1,k2,v2</c> (entries trimmed); a trailing key without a value is skipped.</summary>
    internal static void AddPairs(string text, List<KeyValuePair<string, string>> headers, List<string> notes)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        for (var i = 0; i < parts.Length; i += 2)
        {
            var name = parts[i];
            if (i + 1 >= parts.Length)
            {
                notes.Add(string.Create(CultureInfo.InvariantCulture, $"{WebhookConfigKeys.AdditionalHeaders}: '{name}' has no value"));
                break;
            }

            var value = parts[i + 1];
            if (!IsToken(name) || !IsValidValue(value))
            {
                notes.Add($"{WebhookConfigKeys.AdditionalHeaders}: '{name}' is not a valid header");
            }
            else if (Reserved.Contains(name))
            {
                notes.Add($"{WebhookConfigKeys.AdditionalHeaders}: '{name}' is set by the engine");
            }
            else
            {
                headers.Add(new(name, value));
            }
        }
    }

    /// <summary>An RFC 9110 token (header field name).</summary>
    private static bool IsToken(string name) =>
        name.Length is > 0 and <= 256 && name.All(c => char.IsAsciiLetterOrDigit(c) || "!#$%&'*+-.^_`|~".Contains(c, StringComparison.Ordinal));

    private static bool IsValidValue(string value) => value.Length <= 8_192 && !value.Any(c => char.IsControl(c) && c != '\t');
}
