using EclipseConformance.Engine.Customers;

namespace EclipseConformance.Engine.Withdrawals;

/// <summary>
/// Phones as the monthly limit counts them: international digits, so 0821112222 and 27821112222 are one phone. A
/// local number is read in the country of the withdrawal's currency (ZAR → ZA); an international number of any known
/// numbering plan is accepted as it is.
/// </summary>
public static class WithdrawalPhones
{
    private static readonly Dictionary<string, string> CountryOfCurrency = new(StringComparer.Ordinal)
    {
        ["ZAR"] = "ZA",
        ["BWP"] = "BW",
        ["KES"] = "KE",
        ["UGX"] = "UG",
    };

    public static bool TryNormalise(string? input, string currency, out string international)
    {
        international = "";
        if (string.IsNullOrWhiteSpace(input))
        {
            return false;
        }

        if (CountryOfCurrency.TryGetValue(currency, out var home) && PhoneNumbers.TryNormalise(input, home, out international, out _))
        {
            return true;
        }

        var digits = input.StartsWith('+') ? input[1..] : input;
        foreach (var country in PhoneNumbers.Countries)
        {
            if (PhoneNumbers.TryNormalise(input, country, out var candidate, out _) && candidate == digits)
            {
                international = candidate;
                return true;
            }
        }

        return false;
    }

    /// <summary>For inbox filters: the international form when the input is a phone of a known plan (ZA first), else its digits.</summary>
    public static string ForSearch(string input) =>
        TryNormalise(input, "ZAR", out var international) ? international : new string(input.Where(char.IsAsciiDigit).ToArray());

    /// <summary>A phone safe for logs and error texts: 2782****222.</summary>
    public static string Mask(string phone) => phone.Length <= 7 ? new string('*', phone.Length) : phone[..4] + new string('*', phone.Length - 7) + phone[^3..];
}
