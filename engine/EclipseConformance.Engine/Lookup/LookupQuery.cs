using System.Globalization;
using EclipseConformance.Engine.Customers;
using EclipseConformance.Engine.Errors;
using EclipseConformance.Engine.Wallets;
using Microsoft.Extensions.Primitives;

namespace EclipseConformance.Engine.Lookup;

/// <summary>
/// The nine documented query parameters of <c>GET /global/wallets</c> (fact sheet 3.2), validated. Eight are match
/// criteria; <see cref="Transferable"/> only filters. Empty values count as not given.
/// </summary>
public sealed record LookupQuery(
    string? LastName,
    string? Phone,
    string? NationalIdentityNumber,
    string? PassportNumber,
    string? WalletFriendlyId,
    string? AccountNumber,
    string? ExternalUniqueId,
    long? WalletId,
    bool Transferable)
{
    public const int MaxLastName = 50;
    public const int MaxIdentityNumber = 20;
    public const int FriendlyIdLength = 8;

    /// <summary>Not documented; bounded so every input has a limit (ADR 0021).</summary>
    public const int MaxAccountNumber = 50;

    /// <summary>The transfer API's externalUniqueId limit (REF-XFER: 6–200).</summary>
    public const int MaxExternalUniqueId = 200;

    private static readonly string[] Known =
        ["lastName", "phone", "nationalIdentityNumber", "passportNumber", "walletFriendlyId", "accountNumber", "externalUniqueId", "walletId", "transferable"];

    /// <summary>How many match criteria were given (transferable is a filter, not a criterion).</summary>
    public int CriteriaCount =>
        (LastName is null ? 0 : 1) + (Phone is null ? 0 : 1) + (NationalIdentityNumber is null ? 0 : 1) + (PassportNumber is null ? 0 : 1)
        + (WalletFriendlyId is null ? 0 : 1) + (AccountNumber is null ? 0 : 1) + (ExternalUniqueId is null ? 0 : 1) + (WalletId is null ? 0 : 1);

    /// <summary>Reads and checks the query string; every problem is listed in one VAL001 description.</summary>
    public static (LookupQuery? Query, ApiError? Error) Parse(IQueryCollection query)
    {
        var problems = new List<string>();
        foreach (var name in Known)
        {
            if (query.TryGetValue(name, out var values) && values.Count > 1)
            {
                problems.Add($"{name} may be given once");
            }
        }

        var lastName = Text(query, "lastName");
        if (lastName is not null && (lastName.Length > MaxLastName || NameKey.Of(lastName).Length == 0))
        {
            problems.Add($"lastName must be 1-{MaxLastName} characters");
        }

        var phone = Text(query, "phone");
        if (phone is not null && PhoneNumbers.SearchForms(phone).Count == 0)
        {
            problems.Add("phone must be 7-15 digits, with or without the country code (e.g. 27821234567 or 0821234567)");
        }

        var nationalId = Text(query, "nationalIdentityNumber");
        MaxLength(problems, "nationalIdentityNumber", nationalId, MaxIdentityNumber);
        var passport = Text(query, "passportNumber");
        MaxLength(problems, "passportNumber", passport, MaxIdentityNumber);
        var friendlyId = Text(query, "walletFriendlyId");
        if (friendlyId is not null && !FriendlyIds.IsValid(friendlyId))
        {
            problems.Add($"walletFriendlyId must be {FriendlyIdLength} letters or digits");
        }

        var accountNumber = Text(query, "accountNumber");
        MaxLength(problems, "accountNumber", accountNumber, MaxAccountNumber);
        var externalUniqueId = Text(query, "externalUniqueId");
        MaxLength(problems, "externalUniqueId", externalUniqueId, MaxExternalUniqueId);

        long? walletId = null;
        if (Text(query, "walletId") is { } walletText)
        {
            if (long.TryParse(walletText, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0)
            {
                walletId = id;
            }
            else
            {
                problems.Add("walletId must be a positive whole number");
            }
        }

        var transferable = false;
        if (Text(query, "transferable") is { } flag && !bool.TryParse(flag, out transferable))
        {
            problems.Add("transferable must be true or false");
        }

        return problems.Count > 0
            ? (null, ApiError.Validation(string.Join("; ", problems)))
            : (new LookupQuery(lastName, phone, nationalId, passport, friendlyId, accountNumber, externalUniqueId, walletId, transferable), null);
    }

    private static string? Text(IQueryCollection query, string name)
    {
        var values = query.TryGetValue(name, out var v) ? v : StringValues.Empty;
        var text = values.Count == 0 ? null : values[0]?.Trim();
        return string.IsNullOrEmpty(text) ? null : text;
    }

    private static void MaxLength(List<string> problems, string field, string? value, int max)
    {
        if (value is not null && value.Length > max)
        {
            problems.Add($"{field} must be at most {max} characters");
        }
    }
}
