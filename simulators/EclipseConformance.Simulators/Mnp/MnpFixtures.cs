namespace EclipseConformance.Simulators.Mnp;

/// <summary>
/// Number ranges the MNP simulator answers from: plausible national prefixes (the digits after
/// the country code), not an authoritative numbering plan. The longest matching prefix wins.
/// </summary>
public static class MnpFixtures
{
    public static IReadOnlyList<MnpNetwork> Networks { get; } =
    [
        new("ZA-MTN", "ZA", "27", "MTN", "65510", true, ["83", "73", "78", "63", "810"]),
        new("ZA-VODACOM", "ZA", "27", "Vodacom", "65501", true, ["82", "72", "76", "79", "71", "60"]),
        new("ZA-CELLC", "ZA", "27", "Cell C", "65507", false, ["84", "74", "61"]),
        new("ZA-TELKOM", "ZA", "27", "Telkom", "65502", false, ["811", "812", "813", "814", "815", "68"]),
        new("BW-MASCOM", "BW", "267", "Mascom", "65201", true, ["71", "74", "76"]),
        new("BW-ORANGE", "BW", "267", "Orange", "65202", true, ["72", "75", "77"]),
        new("BW-BTC", "BW", "267", "BTC beMobile", "65204", true, ["73"]),
        new("KE-SAFARICOM", "KE", "254", "Safaricom", "63902", true, ["70", "71", "72", "74", "757", "758", "759", "768", "769", "79", "110", "111"]),
        new("KE-AIRTEL", "KE", "254", "Airtel", "63903", true, ["73", "750", "751", "752", "753", "754", "755", "756", "78", "100", "101", "102"]),
        new("KE-TELKOM", "KE", "254", "Telkom Kenya", "63907", false, ["77"]),
        new("UG-MTN", "UG", "256", "MTN", "64110", true, ["77", "78", "76"]),
        new("UG-AIRTEL", "UG", "256", "Airtel", "64101", true, ["70", "75", "74"]),
        new("UG-UTL", "UG", "256", "Uganda Telecom", "64111", false, ["71"]),
    ];

    /// <summary>Country dial code → national number length.</summary>
    public static IReadOnlyDictionary<string, int> NationalLength { get; } = new Dictionary<string, int>
    {
        ["27"] = 9,
        ["267"] = 8,
        ["254"] = 9,
        ["256"] = 9,
    };

    /// <summary>Numbers that are ported away from their range's network in the fixtures.</summary>
    public static IReadOnlyDictionary<string, string> PortedNumbers { get; } = new Dictionary<string, string>
    {
        ["27831000099"] = "ZA-VODACOM", // an MTN-range number now on Vodacom
        ["27821000099"] = "ZA-CELLC",   // a Vodacom-range number now on Cell C (unsupported)
    };

    public static MnpNetwork? ById(string id) =>
        Networks.FirstOrDefault(n => string.Equals(n.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// International digits for <paramref name="msisdn"/>: "+27 82..." and "27 82..." as given; a
    /// South African local number "082..." (10 digits) gets 27; a Botswana local number (8 digits
    /// starting 7) gets 267. Null when the number cannot be a mobile number of a known country.
    /// </summary>
    public static string? Normalize(string msisdn)
    {
        ArgumentNullException.ThrowIfNull(msisdn);
        var trimmed = msisdn.Trim();
        var body = trimmed.StartsWith('+') ? trimmed[1..] : trimmed;
        if (body.Length == 0 || !body.All(char.IsAsciiDigit))
        {
            return null;
        }

        if (body.Length == 10 && body[0] == '0')
        {
            return "27" + body[1..];
        }

        if (body.Length == 8 && body[0] == '7')
        {
            return "267" + body;
        }

        foreach (var (dial, length) in NationalLength)
        {
            if (body.StartsWith(dial, StringComparison.Ordinal) && body.Length == dial.Length + length)
            {
                return body;
            }
        }

        return null;
    }

    /// <summary>The range network of an international number, by longest prefix.</summary>
    public static MnpNetwork? RangeOf(string international) =>
        Networks
            .SelectMany(n => n.Prefixes.Select(p => (Network: n, Prefix: n.DialCode + p)))
            .Where(x => international.StartsWith(x.Prefix, StringComparison.Ordinal))
            .OrderByDescending(x => x.Prefix.Length)
            .Select(x => x.Network)
            .FirstOrDefault();
}
