namespace EclipseConformance.Engine.Customers;

/// <summary>
/// Phone numbers as Eclipse stores them (digits with the country code, e.g. <c>27821234567</c>) and the
/// national significant number used as the match key, so <c>27821112222</c> and <c>0821112222</c> are the same
/// ZA phone (fact sheet 1, 3.2).
/// </summary>
public static class PhoneNumbers
{
    private static readonly Dictionary<string, (string Code, bool TrunkZero, int NsnLength)> Plans = new(StringComparer.Ordinal)
    {
        ["ZA"] = ("27", true, 9),
        ["BW"] = ("267", false, 8),
        ["KE"] = ("254", true, 9),
        ["UG"] = ("256", true, 9),
    };

    public static IReadOnlyCollection<string> Countries => Plans.Keys;

    public static string CallingCode(string country) => Plans[country].Code;

    /// <summary>Normalises a phone given for a customer of <paramref name="country"/>; false if it is not a valid number there.</summary>
    public static bool TryNormalise(string? input, string country, out string international, out string key)
    {
        international = "";
        key = "";
        if (input is null || !Plans.TryGetValue(country, out var plan))
        {
            return false;
        }

        var digits = input.StartsWith('+') ? input[1..] : input;
        if (digits.Length is < 7 or > 15 || !digits.All(char.IsAsciiDigit))
        {
            return false;
        }

        string nsn;
        if (digits.StartsWith(plan.Code, StringComparison.Ordinal) && digits.Length == plan.Code.Length + plan.NsnLength)
        {
            nsn = digits[plan.Code.Length..];
        }
        else if (plan.TrunkZero && digits.StartsWith('0') && digits.Length == plan.NsnLength + 1)
        {
            nsn = digits[1..];
        }
        else if (digits.Length == plan.NsnLength && !digits.StartsWith('0'))
        {
            nsn = digits;
        }
        else
        {
            return false;
        }

        international = plan.Code + nsn;
        key = nsn;
        return true;
    }

    /// <summary>
    /// The match keys a search phone may stand for when the caller's country is unknown: with a known country code
    /// it is that country's national number; a leading trunk 0 is dropped; a bare national number is itself.
    /// </summary>
    public static IReadOnlyList<string> SearchKeys(string? input) =>
        SearchForms(input).Select(f => f.Key).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>
    /// Every stored form a search phone may stand for, as (national key, international number) pairs: <c>27821112222</c>
    /// is only the ZA number; <c>0821112222</c> is that national number in each trunk-0 country. Matching both the key
    /// (indexed) and the international number keeps a ZA search from finding a KE customer with the same digits.
    /// </summary>
    public static IReadOnlyList<(string Key, string International)> SearchForms(string? input)
    {
        if (string.IsNullOrEmpty(input))
        {
            return [];
        }

        var digits = input.StartsWith('+') ? input[1..] : input;
        if (!digits.All(char.IsAsciiDigit) || digits.Length is < 7 or > 15)
        {
            return [];
        }

        var forms = new List<(string, string)>(3);
        foreach (var (_, plan) in Plans)
        {
            string? nsn = null;
            if (digits.StartsWith(plan.Code, StringComparison.Ordinal) && digits.Length == plan.Code.Length + plan.NsnLength)
            {
                nsn = digits[plan.Code.Length..];
            }
            else if (plan.TrunkZero && digits.StartsWith('0') && digits.Length == plan.NsnLength + 1)
            {
                nsn = digits[1..];
            }
            else if (digits.Length == plan.NsnLength && !digits.StartsWith('0'))
            {
                nsn = digits;
            }

            if (nsn is not null)
            {
                forms.Add((nsn, plan.Code + nsn));
            }
        }

        return forms;
    }
}
