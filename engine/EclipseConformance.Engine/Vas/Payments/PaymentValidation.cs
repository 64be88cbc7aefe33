using System.Globalization;
using System.Text.RegularExpressions;
using EclipseConformance.Engine.Errors;
using EclipseConformance.Engine.Primitives;
using EclipseConformance.Engine.Webhooks;

namespace EclipseConformance.Engine.Vas;

/// <summary>The field constraints of a payment request (REF-PAYPOST, S-VAS); every violation is listed in one VAL001.</summary>
public static class PaymentValidation
{
    public const string GlobalVas = "GLOBAL_VAS";
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromMilliseconds(100);

    /// <summary>Shape checks that need no lookups. <paramref name="partnerId"/> and <paramref name="productPart"/> split paymentData.</summary>
    public static ApiError? Validate(CreatePaymentRequest r, int maxAdditionalFields, out long partnerId, out string productPart)
    {
        partnerId = 0;
        productPart = "";
        var problems = new List<string>();
        if (r.ExternalUniqueId is null)
        {
            problems.Add("externalUniqueId is required");
        }
        else if (r.ExternalUniqueId.Length is < 6 or > 200)
        {
            problems.Add("externalUniqueId must be 6-200 characters");
        }

        if (r.Type is null)
        {
            problems.Add("type is required");
        }
        else if (r.Type != GlobalVas)
        {
            problems.Add($"type {r.Type} is not supported here (VAS payments are {GlobalVas})");
        }

        if (r.PaymentData is null)
        {
            problems.Add("paymentData is required");
        }
        else if (!SplitPaymentData(r.PaymentData, out partnerId, out productPart))
        {
            problems.Add("paymentData must be {partnerId}_{product...}, e.g. 20_1248_1247 (at most 200 characters)");
        }

        if (r.WalletId is not null && r.WalletId <= 0)
        {
            problems.Add("walletId must be positive");
        }

        CheckAmount(r.Amount, problems);
        if (r.Currency is not null && !Currencies.IsKnown(r.Currency))
        {
            problems.Add("currency must be a supported ISO 4217 code");
        }
        else if (r.Amount is not null && r.Currency is null)
        {
            problems.Add("currency is required whenever amount is given");
        }

        CheckUrl("callbackUrl", r.CallbackUrl, problems);
        CheckUrl("landingUrl", r.LandingUrl, problems);
        if (r.Description is { Length: > 200 })
        {
            problems.Add("description must be at most 200 characters");
        }

        CheckFields(r.AdditionalFields, maxAdditionalFields, problems);
        return problems.Count == 0 ? null : ApiError.Validation(string.Join("; ", problems));
    }

    /// <summary>The fields against the product: every catalog field present and matching its regex, every required field present.</summary>
    public static ApiError? ValidateFields(IReadOnlyList<AdditionalField> given, VasProductSelection product)
    {
        var problems = new List<string>();
        var byId = given.Where(f => f.Id is not null).ToDictionary(f => f.Id!, f => f.Value, StringComparer.Ordinal);
        foreach (var spec in product.Fields)
        {
            var value = byId.GetValueOrDefault(spec.Id) ?? spec.DefaultValue;
            if (string.IsNullOrEmpty(value))
            {
                problems.Add($"additionalFields must contain {spec.Id}{(spec.Title is null ? "" : $" ({spec.Title})")}");
            }
            else if (spec.Regex is { Length: > 0 } pattern && !Matches(value, pattern))
            {
                problems.Add($"additionalFields {spec.Id} '{value}' does not match {pattern}");
            }
        }

        foreach (var required in product.RequiredFields.Where(id => product.Fields.All(s => s.Id != id)))
        {
            if (string.IsNullOrEmpty(byId.GetValueOrDefault(required)))
            {
                problems.Add($"additionalFields must contain {required} for {product.ProductName}");
            }
        }

        return problems.Count == 0 ? null : ApiError.Validation(string.Join("; ", problems));
    }

    /// <summary>Amounts are positive, with at most 2 decimals (minor units), at most 1,000,000,000.</summary>
    public static void CheckAmount(decimal? amount, List<string> problems)
    {
        if (amount is not { } value)
        {
            return;
        }

        if (value <= 0)
        {
            problems.Add("amount must be greater than 0");
        }
        else if (decimal.Round(value, 2) != value || !Money.TryFromDecimal(value, out _))
        {
            problems.Add("amount may have at most 2 decimals and be at most 1000000000");
        }
    }

    public static void CheckUrl(string name, string? url, List<string> problems)
    {
        if (url is not null && (url.Length is < 10 or > 2000 || !CallbackOutbox.IsValidUrl(url)))
        {
            problems.Add($"{name} must be an absolute http(s) URL of 10-2000 characters");
        }
    }

    public static void CheckFields(IReadOnlyList<AdditionalField>? fields, int max, List<string> problems)
    {
        if (fields is null)
        {
            return;
        }

        if (fields.Count > max)
        {
            problems.Add($"additionalFields may have at most {max} entries");
            return;
        }

        foreach (var field in fields)
        {
            if (field is null || field.Id is not { Length: > 0 and <= 100 })
            {
                problems.Add("every additionalFields entry needs an id of 1-100 characters");
            }
            else if (field.Value is { Length: > 500 })
            {
                problems.Add($"additionalFields {field.Id} must be at most 500 characters");
            }
        }

        if (fields.Where(f => f?.Id is not null).GroupBy(f => f.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } duplicate)
        {
            problems.Add($"additionalFields names {duplicate.Key} more than once");
        }
    }

    private static bool SplitPaymentData(string paymentData, out long partnerId, out string productPart)
    {
        partnerId = 0;
        productPart = "";
        var separator = paymentData.IndexOf('_', StringComparison.Ordinal);
        if (paymentData.Length > 200 || separator <= 0 || separator == paymentData.Length - 1)
        {
            return false;
        }

        productPart = paymentData[(separator + 1)..];
        return long.TryParse(paymentData.AsSpan(0, separator), NumberStyles.None, CultureInfo.InvariantCulture, out partnerId) && partnerId > 0;
    }

    /// <summary>A catalog regex (provider data) with a time bound; a pattern that does not compile or runs too long does not match.</summary>
    private static bool Matches(string value, string pattern)
    {
        try
        {
            return Regex.IsMatch(value, pattern, RegexOptions.CultureInvariant, RegexTimeout);
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }
}
