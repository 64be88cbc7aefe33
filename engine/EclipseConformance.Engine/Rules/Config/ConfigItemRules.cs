using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace EclipseConformance.Engine.Rules;

/// <summary>What a config item key and value must look like; the same checks for rule files and the config-items API.</summary>
public static partial class ConfigItemRules
{
    public const int MaxKeyLength = 200;
    public const int MaxValueLength = 65_536;

    /// <summary>Null when the item is acceptable, otherwise the reason.</summary>
    public static string? Check(string key, string? value)
    {
        if (key.Length is 0 or > MaxKeyLength || !KeyPattern().IsMatch(key))
        {
            return $"key must be 1-{MaxKeyLength} letters, digits, '.', '_' or '-'";
        }

        if (value is null)
        {
            return null;
        }

        if (value.Length > MaxValueLength)
        {
            return $"value is longer than {MaxValueLength} characters";
        }

        if (key.StartsWith(EclipseConfigKeys.FeeAmountPrefix + ".", StringComparison.Ordinal))
        {
            return decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var fee) && fee.Scale <= 2
                ? null
                : "a fee amount must be a non-negative amount with at most 2 decimals";
        }

        if (key == EclipseConfigKeys.FeeWallet || key.StartsWith(EclipseConfigKeys.VasDestinationPrefix + ".", StringComparison.Ordinal))
        {
            return long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var wallet) && wallet > 0 ? null : "must be a wallet id";
        }

        if (key == EclipseConfigKeys.WebhookAdditionalHeaders)
        {
            var parts = value.Split(',');
            return parts.Length % 2 == 0 && parts.Where((_, i) => i % 2 == 0).All(h => HeaderPattern().IsMatch(h.Trim()))
                ? null
                : "must be comma-delimited header,value pairs (k1,v1,k2,v2)";
        }

        if (key.StartsWith(EclipseConfigKeys.CellulantBundlesPrefix + ".", StringComparison.Ordinal))
        {
            try
            {
                using var _ = JsonDocument.Parse(value);
                return null;
            }
            catch (JsonException)
            {
                return "must be a JSON document";
            }
        }

        if (key is EclipseConfigKeys.MobileRechargeProviders or EclipseConfigKeys.HmacOutboundSignatureKey && value.Trim().Length == 0)
        {
            return "must not be empty";
        }

        return null;
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();

    [GeneratedRegex("^[A-Za-z0-9!#$%&'*+.^_`|~-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex HeaderPattern();
}
