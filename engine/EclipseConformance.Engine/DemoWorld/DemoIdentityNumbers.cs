using System.Globalization;
using Bogus;

namespace EclipseConformance.Engine.DemoWorld;

/// <summary>Plausible phones, national id numbers and passport numbers per country, from the seeded randomizer.</summary>
public static class DemoIdentityNumbers
{
    private static readonly Dictionary<string, string[]> MobilePrefixes = new(StringComparer.Ordinal)
    {
        ["ZA"] = ["2760", "2761", "2762", "2763", "2771", "2772", "2773", "2774", "2776", "2778", "2779", "2781", "2782", "2783", "2784"],
        ["BW"] = ["26771", "26772", "26773", "26774", "26775", "26776", "26777"],
        ["KE"] = ["254701", "254710", "254712", "254722", "254729", "254733", "254740", "254757", "254768", "254790"],
        ["UG"] = ["256700", "256701", "256750", "256752", "256772", "256774", "256776", "256778", "256782", "256787"],
    };

    private static readonly Dictionary<string, int> PhoneLength = new(StringComparer.Ordinal) { ["ZA"] = 11, ["BW"] = 11, ["KE"] = 12, ["UG"] = 12 };

    public static string Phone(Randomizer r, string country)
    {
        var prefix = r.ArrayElement(MobilePrefixes[country]);
        return prefix + r.ReplaceNumbers(new string('#', PhoneLength[country] - prefix.Length));
    }

    public static string NationalId(Randomizer r, string country, DateOnly birth, bool female) => country switch
    {
        "ZA" => SouthAfricanId(r, birth, female),
        "BW" => r.ReplaceNumbers("####") + (female ? "2" : "1") + r.ReplaceNumbers("####"),
        "KE" => r.Number(10_000_000, 39_999_999).ToString(CultureInfo.InvariantCulture),
        _ => (female ? "CF" : "CM") + birth.ToString("yy", CultureInfo.InvariantCulture) + r.Replace("###?????##?").ToUpperInvariant()[..10],
    };

    public static string Passport(Randomizer r, string country) => country switch
    {
        "ZA" => "A" + r.ReplaceNumbers("########"),
        "BW" => "BN" + r.ReplaceNumbers("#######"),
        "KE" => "AK" + r.ReplaceNumbers("#######"),
        _ => "B" + r.ReplaceNumbers("#######"),
    };

    /// <summary>YYMMDD, gender sequence (0000-4999 female), citizenship 0, 8, Luhn check digit.</summary>
    private static string SouthAfricanId(Randomizer r, DateOnly birth, bool female)
    {
        var sequence = female ? r.Number(0, 4999) : r.Number(5000, 9999);
        var body = birth.ToString("yyMMdd", CultureInfo.InvariantCulture) + sequence.ToString("0000", CultureInfo.InvariantCulture) + "08";
        return body + LuhnCheckDigit(body);
    }

    public static int LuhnCheckDigit(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 0)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
        }

        return (10 - (sum % 10)) % 10;
    }
}
